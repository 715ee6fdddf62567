import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { mintStaffToken } from '@hotelops/gateway';
import {
  TEST_IDENTITY_SECRET,
  createPgDatabase,
  eventually,
  manager,
  runId,
  signedHeaders,
  startNodeProcess,
  type NodeProcess,
  type TestDatabase,
} from '@hotelops/testing';

/**
 * SIGTERM to a real process (compiled dist, as production runs it) while 50 requests are in
 * flight: every one of them is answered, requests arriving during the drain get a clean 503 with
 * a GraphQL error body, readiness reports 503, and the process exits 0. Needs `npm run build`.
 */
const IN_FLIGHT = 50;

interface Outcome {
  status: number;
  body: any;
}
const outcome = (res: Response): Promise<Outcome> =>
  res.text().then((text) => ({ status: res.status, body: text ? JSON.parse(text) : undefined }));
const failure = (err: Error): Outcome => ({ status: 0, body: `${err.message}: ${String((err.cause as Error)?.message)}` });

async function expectDrainingAnswers(base: string, post: () => Promise<Response>): Promise<void> {
  const late = await Promise.all(Array.from({ length: 5 }, () => post().then(outcome, failure)));
  expect(late).toEqual(
    Array.from({ length: 5 }, () => ({
      status: 503,
      body: { errors: [{ message: expect.any(String), extensions: { code: 'SERVICE_UNAVAILABLE' } }] },
    })),
  );
  expect((await fetch(`${base}/health/ready`)).status).toBe(503);
  expect((await fetch(`${base}/health/live`)).status).toBe(200);
}

describe('draining on SIGTERM', () => {
  let processes: NodeProcess[] = [];
  afterEach(() => {
    for (const p of processes) p.child.kill('SIGKILL');
    processes = [];
  });

  it('gateway: answers the requests in flight, 503 to those that arrive after, then exits 0', async () => {
    // A subgraph that holds every client request until released, so the gateway has requests in
    // flight; the gateway's own poll for revoked employees (staffing) is answered at once.
    const held: ServerResponse[] = [];
    const subgraph: Server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        if (!body.includes('revokedEmployees')) return void held.push(res);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: { revokedEmployees: [] } }));
      });
    });
    await new Promise<void>((r) => subgraph.listen(0, '127.0.0.1', r));
    const subgraphUrl = `http://127.0.0.1:${(subgraph.address() as AddressInfo).port}/graphql`;
    try {
      const jwtSecret = `drain-jwt-secret-${runId()}-0123456789abcdef`;
      const gateway = startNodeProcess('gateway/dist/main.js', {
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: '0',
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        JWT_SECRET: jwtSecret,
        DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-drain-')),
        RATE_LIMIT_MAX: '0',
        SUBGRAPH_URLS: ['staffing', 'reservations', 'fnb', 'inventory', 'care'].map((n) => `${n}=${subgraphUrl}`).join(','),
      });
      processes.push(gateway);
      const url: string = (await gateway.waitForLog((l) => l.msg === 'gateway started')).url;
      const base = url.replace(/\/graphql$/, '');
      const token = await mintStaffToken(
        { roles: ['general-manager'], properties: ['*'] },
        { secret: jwtSecret, issuer: 'hotelops', audience: 'hotelops-api' },
      );
      // a different property each time: identical queries of one caller would share one subgraph call
      let n = 0;
      const post = () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query: `{ departments(propertyId: "p${n++}") { nodes { id } } }` }),
        });

      const inFlight = Array.from({ length: IN_FLIGHT }, () => post().then(outcome, failure));
      await eventually(() => expect(held).toHaveLength(IN_FLIGHT));
      gateway.child.kill('SIGTERM');
      await gateway.waitForLog((l) => l.msg === 'SIGTERM: draining');
      await expectDrainingAnswers(base, post);

      for (const res of held.splice(0))
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{"departments":{"nodes":[]}}}');
      expect(await Promise.all(inFlight)).toEqual(
        Array.from({ length: IN_FLIGHT }, () => ({ status: 200, body: { data: { departments: { nodes: [] } } } })),
      );
      expect(await gateway.exited).toBe(0);
    } finally {
      subgraph.closeAllConnections();
      subgraph.close();
    }
  });

  it('subgraph: finishes the mutations in flight, publishes their events, then closes database and Kafka', async () => {
    const db: TestDatabase = await createPgDatabase('hotelops_drain');
    const lock = new Client({ connectionString: db.url });
    try {
      const care = startNodeProcess('services/care/dist/main.js', {
        HOST: '127.0.0.1',
        PORT: '0',
        IDENTITY_SECRET: TEST_IDENTITY_SECRET,
        DATABASE_URL: db.url,
        KAFKA_BROKERS: process.env.KAFKA_BROKERS ?? '127.0.0.1:9092',
        KAFKA_NAMESPACE: `drain${runId()}.`,
      });
      processes.push(care);
      const url: string = (await care.waitForLog((l) => l.msg === 'subgraph started')).url;
      const base = url.replace(/\/graphql$/, '');
      const openCase = () =>
        fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...signedHeaders(manager()) },
          body: JSON.stringify({
            query: `mutation { openCase(input: {propertyId: "00000000-0000-4000-8000-0000000000ff", kind: INQUIRY, channel: PHONE, category: "x", subject: "Late checkout?"}) { id } }`,
          }),
        });

      // Holding the cases table keeps every openCase waiting inside the subgraph.
      await lock.connect();
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE care.cases IN ACCESS EXCLUSIVE MODE');
      const inFlight = Array.from({ length: IN_FLIGHT }, () => openCase().then(outcome, failure));
      await eventually(async () =>
        expect(await (await fetch(`${base}/metrics`)).text()).toMatch(
          new RegExp(`^hotelops_http_requests_in_flight\\{[^}]*\\} ${IN_FLIGHT}$`, 'm'),
        ),
      );
      care.child.kill('SIGTERM');
      await care.waitForLog((l) => l.msg === 'SIGTERM: draining');
      await expectDrainingAnswers(base, openCase);

      await lock.query('COMMIT');
      const answers = await Promise.all(inFlight);
      expect(answers.filter((a) => a.status !== 200 || !a.body.data?.openCase?.id)).toEqual([]);
      expect(await care.exited).toBe(0);
      // the relay published every event those requests committed before the process let go
      const outbox = await lock.query('SELECT count(*)::int AS total, count(published_at)::int AS published FROM care.outbox');
      expect(outbox.rows[0]).toEqual({ total: IN_FLIGHT, published: IN_FLIGHT });
    } finally {
      await lock.end().catch(() => undefined);
      await db.drop();
    }
  });
});
