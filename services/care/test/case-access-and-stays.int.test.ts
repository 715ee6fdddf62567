import { randomUUID } from 'node:crypto';
import {
  DIALECTS,
  anonymous,
  countQueries,
  gql,
  gqlOk,
  inProcessTransport,
  staff,
  startSubgraph,
  type RunningSubgraph,
} from '@hotelops/testing';
import { careSubgraph } from '@hotelops/care';
import { CASE, careFixture } from './care-fixture';

describe.each(DIALECTS)('care case access and stay links on %s', (dialect) => {
  let sg: RunningSubgraph;

  beforeAll(async () => {
    sg = await startSubgraph(careSubgraph, { dialect, transport: inProcessTransport(), withoutJobs: true });
  });
  afterAll(() => sg?.stop());
  const { propertyId, agentId, agent, openCase, opened, act, assign, fetchCase } = careFixture(() => sg);

  describe('authorization and property scoping', () => {
    const otherProperty = randomUUID();
    let caseId: string;
    beforeAll(async () => {
      caseId = (await opened({ reservationId: randomUUID() })).id;
    });

    it('requires a care role to change cases', async () => {
      const housekeeper = await openCase({}, staff(['housekeeping'], [propertyId]));
      expect(housekeeper.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
      const frontDesk = await act(
        `mutation($id: ID!) { startCase(id: $id) { status } }`,
        { id: caseId },
        staff(['front-desk'], [propertyId]),
      );
      expect(frontDesk.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const nobody = await gql(sg.url, `query($p: ID!) { cases(propertyId: $p) { nodes { id } } }`, { p: propertyId }, anonymous());
      expect(nobody.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('lets a care agent assign only themselves; supervisors and duty managers assign anyone', async () => {
      const someoneElse = randomUUID();
      const r = await act(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { status } }`, { id: caseId, e: someoneElse });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
      expect((await fetchCase(caseId)).status).toBe('NEW');
      await assign(caseId, someoneElse, staff(['duty-manager'], [propertyId], randomUUID()));
      expect((await fetchCase(caseId)).assigneeId).toBe(someoneElse);
    });

    it('shows the guest name only to roles that deal with guests', async () => {
      const c = await opened({ guestName: 'Sun Li' });
      const q = `query($id: ID!) { case(id: $id) { subject guestName } }`;
      expect((await gqlOk(sg.url, q, { id: c.id }, agent())).case).toEqual({ subject: 'Noise from room 1209', guestName: 'Sun Li' });
      const housekeeper = await gql(sg.url, q, { id: c.id }, staff(['housekeeping'], [propertyId]));
      expect(housekeeper.errors?.[0]).toMatchObject({ path: ['case', 'guestName'], extensions: { code: 'FORBIDDEN' } });
    });

    it("keeps other properties' staff out of this property's cases", async () => {
      const outsider = agent([otherProperty]);
      const opening = await openCase({}, outsider);
      expect(opening.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN', propertyId });
      const reading = await gql(sg.url, CASE, { id: caseId }, outsider);
      expect(reading.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
      const listing = await gql(sg.url, `query($p: ID!) { cases(propertyId: $p) { nodes { id } } }`, { p: propertyId }, outsider);
      expect(listing.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
      const noting = await act(`mutation($id: ID!) { addCaseNote(caseId: $id, body: "peek") { id } }`, { id: caseId }, outsider);
      expect(noting.errors?.[0].extensions?.reason).toBe('AUTH.PROPERTY_FORBIDDEN');
      const entities = await gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Case { id } } }`,
        { r: [{ __typename: 'Case', id: caseId }] },
        outsider,
      );
      expect(entities._entities).toEqual([null]);
      const { reservationId } = (await gqlOk(sg.url, `query($id: ID!) { case(id: $id) { reservationId } }`, { id: caseId })).case;
      const viaStay = await gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id cases { id } } } }`,
        { r: [{ __typename: 'Reservation', id: reservationId }] },
        outsider,
      );
      expect(viaStay._entities).toEqual([{ id: reservationId, cases: [] }]);
    });
  });

  it('answers Reservation.cases for many stays with a bounded number of queries', async () => {
    const [stayA, stayB, stayC] = [randomUUID(), randomUUID(), randomUUID()];
    const a1 = await opened({ reservationId: stayA, subject: 'Late room-service order' });
    const a2 = await opened({ reservationId: stayA, kind: 'REQUEST', subject: 'Extra towels' });
    const b1 = await opened({ reservationId: stayB, kind: 'INQUIRY', subject: 'Lost phone charger' });
    await assign(b1.id, agentId);
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id cases { id reservation { id } history { action } } } } }`,
        { r: [stayA, stayB, stayC].map((id) => ({ __typename: 'Reservation', id })) },
      ),
    );
    // one query for the cases of all stays, one for the histories of all those cases
    expect(queries).toBe(2);
    expect(result._entities).toEqual([
      {
        id: stayA,
        cases: [
          { id: a1.id, reservation: { id: stayA }, history: [{ action: 'OPENED' }] },
          { id: a2.id, reservation: { id: stayA }, history: [{ action: 'OPENED' }] },
        ],
      },
      { id: stayB, cases: [{ id: b1.id, reservation: { id: stayB }, history: [{ action: 'OPENED' }, { action: 'ASSIGNED' }] }] },
      { id: stayC, cases: [] },
    ]);
  });
});
