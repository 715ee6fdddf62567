import { randomUUID } from 'node:crypto';
import { DIALECTS, countQueries, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';

/*
 * Care adds the complaints about an outlet to F&B's Outlet (through federation), so an outlet's
 * daily business report shows them: complaints only, of the period, batched for many outlets.
 */
describe.each(DIALECTS)('complaints about outlets on %s', (dialect) => {
  let sg: RunningSubgraph;
  const propertyId = randomUUID();
  const [bar, restaurant] = [randomUUID(), randomUUID()];
  const agent = staff(['care-agent'], [propertyId], randomUUID());
  const open = (outletId: string, kind: string, subject: string) =>
    gqlOk(
      sg.url,
      `mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`,
      { i: { propertyId, kind, channel: 'IN_PERSON', category: 'fnb', subject, outletId } },
      agent,
    );
  const complaints = (ids: string[], from: string, to: string) =>
    gql(
      sg.url,
      `query($r: [_Any!]!, $f: DateTime!, $t: DateTime!) { _entities(representations: $r) { ... on Outlet { id complaints(from: $f, to: $t) { subject } } } }`,
      { r: ids.map((id) => ({ __typename: 'Outlet', id })), f: from, t: to },
      agent,
    );

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, withoutJobs: true });
    await open(bar, 'COMPLAINT', 'Cocktail served warm');
    await open(bar, 'INQUIRY', 'Happy hour times?');
    await open(restaurant, 'COMPLAINT', 'Soup was cold');
  });
  afterAll(() => sg?.stop());

  it("answers each outlet's complaints of the period in one query, leaving out other kinds and periods", async () => {
    const today = new Date();
    const from = new Date(today.getTime() - 86_400_000).toISOString();
    const to = new Date(today.getTime() + 86_400_000).toISOString();
    const { result, statements } = await countQueries(sg.app, () => complaints([bar, restaurant, randomUUID()], from, to));
    expect(result.data!._entities).toEqual([
      { id: bar, complaints: [{ subject: 'Cocktail served warm' }] },
      { id: restaurant, complaints: [{ subject: 'Soup was cold' }] },
      { id: expect.any(String), complaints: [] },
    ]);
    expect(statements.filter((s) => /FROM "?cases"?/i.test(s))).toHaveLength(1);
    const before = (await complaints([bar], '2000-01-01T00:00:00Z', '2000-01-02T00:00:00Z')).data!._entities;
    expect(before).toEqual([{ id: bar, complaints: [] }]);
  });

  it('refuses a period that ends before it starts', async () => {
    const r = await complaints([bar], '2030-01-02T00:00:00Z', '2030-01-01T00:00:00Z');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
  });
});
