import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { mintStaffToken, type GatewayServer } from '@hotelops/gateway';
import { TEST_JWT, startTestGateway } from './test-gateway.fixture';

const FEDERATION = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])';

/** A subgraph stub: answers every call with `answer(body)` and records the bodies. */
async function stub(answer: (body: { query: string; variables?: Record<string, any> }) => unknown) {
  const calls: { query: string; variables?: Record<string, any> }[] = [];
  const server: Server = createServer((req, res) => {
    let text = '';
    req.on('data', (c) => (text += c));
    req.on('end', () => {
      const body = JSON.parse(text);
      calls.push(body);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer(body)));
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, calls, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` };
}

/**
 * Two lists of the same entity (as the board's arrivals and in-house aliases): the planner makes
 * one `_entities` fetch per list, which the gateway sends to the subgraph as one call.
 */
describe('entity calls of one request merged into one subgraph call', () => {
  let lists: Awaited<ReturnType<typeof stub>>;
  let details: Awaited<ReturnType<typeof stub>>;
  let gateway: GatewayServer;
  let token: string;

  beforeAll(async () => {
    lists = await stub(() => ({
      data: {
        a: [
          { __typename: 'Item', id: '1' },
          { __typename: 'Item', id: '2' },
        ],
        b: [
          { __typename: 'Item', id: '3' },
          { __typename: 'Item', id: 'bad' },
        ],
      },
    }));
    // the detail of "bad" fails, with an error naming its index among the representations
    details = await stub(({ variables }) => {
      const reps = variables!.representations as { id: string }[];
      const bad = reps.findIndex((r) => r.id === 'bad');
      return {
        data: { _entities: reps.map((r) => ({ __typename: 'Item', detail: r.id === 'bad' ? null : `detail of ${r.id}` })) },
        ...(bad >= 0
          ? { errors: [{ message: 'no detail for bad', path: ['_entities', bad, 'detail'], extensions: { code: 'NOT_FOUND' } }] }
          : {}),
      };
    });
    const composed = composeServices([
      {
        name: 'lists',
        url: lists.url,
        typeDefs: parse(`${FEDERATION} type Query { a: [Item] b: [Item] } type Item @key(fields: "id") { id: ID! }`),
      },
      { name: 'details', url: details.url, typeDefs: parse(`${FEDERATION} type Item @key(fields: "id") { id: ID! detail: String }`) },
    ]);
    if (composed.errors?.length) throw composed.errors[0];
    // two requests of one caller must not share a call through in-flight de-duplication either
    // two requests of one caller must not share a call through in-flight de-duplication either
    gateway = await startTestGateway(composed.supergraphSdl!, { SUBGRAPH_DEDUP: 'false' });
    token = await mintStaffToken({ employeeId: 'alice', roles: ['front-desk'], properties: ['p-1'] }, TEST_JWT);
  });
  afterAll(async () => {
    await gateway?.stop();
    for (const s of [lists, details]) await new Promise<void>((r) => s.server.close(() => r()));
  });

  const ask = () =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: 'query Board { a { id detail } b { id detail } }' }),
    }).then((r) => r.json() as Promise<{ data?: any; errors?: { message: string; path?: (string | number)[] }[] }>);

  it('sends both lists in one call and gives each list its entities, and the error its own path', async () => {
    details.calls.length = 0;
    const merged = gateway.entityBatches.merged;

    const answer = await ask();

    expect(details.calls).toHaveLength(1);
    expect(details.calls[0].variables!.representations.map((r: { id: string }) => r.id)).toEqual(['1', '2', '3', 'bad']);
    expect(gateway.entityBatches.merged - merged).toBe(1);
    expect(answer.data).toEqual({
      a: [
        { id: '1', detail: 'detail of 1' },
        { id: '2', detail: 'detail of 2' },
      ],
      b: [
        { id: '3', detail: 'detail of 3' },
        { id: 'bad', detail: null },
      ],
    });
    expect(answer.errors).toEqual([expect.objectContaining({ message: 'no detail for bad', path: ['b', 1, 'detail'] })]);
  });

  it('never merges the calls of two requests, even of the same caller', async () => {
    details.calls.length = 0;
    const answers = await Promise.all([ask(), ask()]);
    expect(details.calls).toHaveLength(2);
    for (const a of answers) expect(a.data.b[0]).toEqual({ id: '3', detail: 'detail of 3' });
  });
});
