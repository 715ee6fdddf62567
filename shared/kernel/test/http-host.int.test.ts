import { ApolloServer } from '@apollo/server';
import { HttpHost, ServiceMetrics, createLogger } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';

/**
 * The host every process serves on, in-process: GraphQL-shaped refusals, and a drain that lets
 * requests in flight finish (up to its deadline) while refusing new ones.
 */
describe('HTTP host', () => {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  const hold = () => (gate = new Promise<void>((r) => (release = r)));

  async function startHost(drainTimeoutMs?: number) {
    const apollo = new ApolloServer<{ caller: string }>({
      typeDefs: 'type Query { slow: String, who: String }',
      resolvers: {
        Query: { slow: async () => gate.then(() => 'done'), who: (_: unknown, __: unknown, ctx: { caller: string }) => ctx.caller },
      },
      stopOnTerminationSignals: false,
    });
    await apollo.start();
    const host = new HttpHost({
      service: 'test',
      host: '127.0.0.1',
      port: 0,
      logger: createLogger('test', 'silent'),
      metrics: new ServiceMetrics('test', { defaultMetrics: false }),
      bodyLimit: 1000,
      drainTimeoutMs,
      readiness: () => ({ database: async () => undefined }),
    });
    host.serveGraphQL(apollo, {
      paths: ['/graphql'],
      admit: async (request, reply) => {
        if (request.headers.authorization === 'Bearer ok') return 'staff';
        void reply.code(401).send({ errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] });
        return undefined;
      },
      context: async (caller) => ({ caller }),
    });
    await host.listen();
    return { host, apollo, base: host.url.replace(/\/graphql$/, '') };
  }

  const post = (url: string, body: string, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
    fetch(url, { method: 'POST', headers: { authorization: 'Bearer ok', ...headers }, body }).then(
      async (res) => ({ status: res.status, connection: res.headers.get('connection'), body: JSON.parse(await res.text()) }),
      (err: Error) => ({ status: 0, connection: null, body: String((err.cause as Error)?.message ?? err.message) }),
    );
  const error = (code: string) => ({ errors: [{ message: expect.any(String), extensions: { code } }] });

  it('answers GraphQL, health and metrics; refuses in GraphQL error shape', async () => {
    const { host, apollo, base } = await startHost();
    try {
      expect(await post(host.url, '{"query":"{ who }"}')).toMatchObject({ status: 200, body: { data: { who: 'staff' } } });
      expect(await post(host.url, '{"query":"{ who }"}', { 'content-type': 'application/json', authorization: 'x' })).toMatchObject({
        status: 401,
      });
      expect(await (await fetch(`${base}/health/ready`)).json()).toEqual({ status: 'ok', checks: { database: 'ok' } });
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('hotelops_http_requests_in_flight');
      expect(await post(`${base}/nope`, '{}')).toMatchObject({ status: 404, body: error('NOT_FOUND') });
      expect(await post(host.url, '{"query":')).toMatchObject({ status: 400, body: error('BAD_REQUEST') });
      expect(await post(host.url, '<q/>', { 'content-type': 'application/xml' })).toMatchObject({
        status: 415,
        body: error('UNSUPPORTED_MEDIA_TYPE'),
      });
      expect(await post(host.url, JSON.stringify({ query: `{ who }${' '.repeat(2000)}` }))).toEqual({
        status: 413,
        connection: 'close',
        body: error('PAYLOAD_TOO_LARGE'),
      });
    } finally {
      await host.stop();
      await apollo.stop();
    }
  });

  it('stop() drains: requests in flight finish, new ones get 503, readiness turns 503', async () => {
    const { host, apollo, base } = await startHost();
    hold();
    const inFlight = Array.from({ length: 10 }, () => post(host.url, '{"query":"{ slow }"}'));
    await eventually(async () =>
      expect(await (await fetch(`${base}/metrics`)).text()).toMatch(/^hotelops_http_requests_in_flight\{[^}]*\} 10$/m),
    );
    let stopped = false;
    const stopping = host.stop().then(() => (stopped = true));
    expect(await post(host.url, '{"query":"{ who }"}')).toEqual({ status: 503, connection: 'close', body: error('SERVICE_UNAVAILABLE') });
    expect((await fetch(`${base}/health/ready`)).status).toBe(503);
    expect(stopped).toBe(false);
    release();
    expect(await Promise.all(inFlight)).toEqual(
      Array.from({ length: 10 }, () => ({ status: 200, connection: 'close', body: { data: { slow: 'done' } } })),
    );
    await stopping;
    await apollo.stop();
  });

  it('past the drain deadline, cuts what is still in flight so stop() ends', async () => {
    const { host, apollo } = await startHost(200);
    hold();
    const stuck = post(host.url, '{"query":"{ slow }"}');
    await eventually(async () =>
      expect(await (await fetch(host.url.replace(/\/graphql$/, '/metrics'))).text()).toMatch(/in_flight\{[^}]*\} 1$/m),
    );
    await host.stop();
    expect((await stuck).status).toBe(0);
    release();
    await apollo.stop();
  });
});
