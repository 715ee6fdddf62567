import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { IDENTITY_HEADER } from '@hotelops/kernel/identity';
import { eventually } from '@hotelops/testing';
import { mintStaffToken, type GatewayServer } from '@hotelops/gateway';
import { TEST_JWT, startTestGateway } from './test-gateway.fixture';

/**
 * In-flight de-duplication of subgraph calls: identical queries of the same caller share one
 * call; callers with different identities never share an answer. The subgraph here answers with
 * the identity it was sent and holds every answer until the test has fired all requests.
 */
describe('subgraph calls merged in flight', () => {
  let subgraph: Server;
  let gateway: GatewayServer;
  const held: { caller: string; res: ServerResponse }[] = [];

  const answer = ({ caller, res }: { caller: string; res: ServerResponse }) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { whoami: caller } }));
  };

  beforeAll(async () => {
    subgraph = createServer((req: IncomingMessage, res) => {
      req.resume();
      req.on('end', () => {
        const identity = JSON.parse(Buffer.from(String(req.headers[IDENTITY_HEADER]), 'base64url').toString('utf8'));
        held.push({ caller: String(identity.subject), res });
      });
    });
    await new Promise<void>((r) => subgraph.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    const composed = composeServices([
      {
        name: 'echo',
        url,
        typeDefs: parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])
          type Query { whoami: String }`),
      },
    ]);
    if (composed.errors?.length) throw composed.errors[0];
    gateway = await startTestGateway(composed.supergraphSdl!);
  });
  afterAll(async () => {
    for (const h of held.splice(0)) answer(h);
    await gateway?.stop();
    await new Promise<void>((r) => subgraph.close(() => r()));
  });

  const ask = (token: string) =>
    fetch(gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ whoami }' }),
    }).then((r) => r.json() as Promise<{ data?: { whoami: string } }>);

  it('sends one call per caller and gives each caller its own answer', async () => {
    const alice = await mintStaffToken({ employeeId: 'alice', roles: ['front-desk'], properties: ['p-1'] }, TEST_JWT);
    const bob = await mintStaffToken({ employeeId: 'bob', roles: ['front-desk'], properties: ['p-2'] }, TEST_JWT);
    const sharedBefore = gateway.inFlight.shared;
    const callers = ['alice', 'bob', 'alice', 'bob', 'alice', 'bob', 'alice', 'bob'];
    const answers = callers.map((c) => ask(c === 'alice' ? alice : bob));
    // every request has reached the gateway and the six repeats wait on the first two calls
    await eventually(() => expect(gateway.inFlight.shared - sharedBefore).toBe(6));
    expect(held.map((h) => h.caller).sort()).toEqual(['alice', 'bob']);
    for (const h of held.splice(0)) answer(h);
    expect((await Promise.all(answers)).map((a) => a.data?.whoami)).toEqual(callers);
  });

  it('sends a caller the subgraph answer of its own call once the first call has settled', async () => {
    const alice = await mintStaffToken({ employeeId: 'alice', roles: ['front-desk'], properties: ['p-1'] }, TEST_JWT);
    const first = ask(alice);
    await eventually(() => expect(held).toHaveLength(1));
    answer(held.shift()!);
    await first;
    const second = ask(alice);
    await eventually(() => expect(held).toHaveLength(1));
    answer(held.shift()!);
    expect((await second).data?.whoami).toBe('alice');
  });
});
