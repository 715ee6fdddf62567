import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore, connectRedis, sha256Hex, type GatewayServer, type RedisClient } from '@hotelops/gateway';
import { createLogger } from '@hotelops/kernel';
import { runId } from '@hotelops/testing';
import { startPlatform, type Platform } from './platform';

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * Redis at the edge, shared by gateway replicas: the per-caller rate limit and automatic
 * persisted queries, plus the allow-list partner keys can be held to. Keys use a random prefix.
 */
describe('gateway edge on Redis, across two replicas', () => {
  const prefix = `hotelops-test:${runId()}:`;
  let platform: Platform;
  let redis: RedisClient;
  let a: GatewayServer;
  let b: GatewayServer;
  let keys: ApiKeyStore;
  const allowed = '{ __typename }';
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    redis = await connectRedis(REDIS_URL, () => undefined);
    keys = await ApiKeyStore.open({ dataDir: mkdtempSync(join(tmpdir(), 'hotelops-keys-')), logger: createLogger('test', 'silent') });
    const manifest = join(mkdtempSync(join(tmpdir(), 'hotelops-pq-')), 'persisted-queries.json');
    writeFileSync(manifest, JSON.stringify({ [sha256Hex(allowed)]: allowed }));
    const env = {
      REDIS_URL,
      REDIS_KEY_PREFIX: prefix,
      RATE_LIMIT_MAX: '5',
      RATE_LIMIT_WINDOW_MS: '60000',
      APQ_TTL_SECONDS: '300',
      PERSISTED_QUERIES_PATH: manifest,
    };
    a = await platform.startGateway(env, { apiKeys: keys });
    b = await platform.startGateway(env, { apiKeys: keys });
  });
  afterAll(async () => {
    await platform?.stop();
    await keys?.close();
    if (redis) {
      for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) if (batch.length) await redis.del(batch);
      await redis.close();
    }
  });

  const post = (gateway: GatewayServer, body: unknown, headers: Record<string, string>) =>
    fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('reports its database and Redis in the readiness check', async () => {
    const ready = await fetch(a.url.replace(/\/graphql$/, '/health/ready'));
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { database: 'ok', redis: 'ok' } });
  });

  it('one caller’s limit holds across both replicas, answered 429 with Retry-After', async () => {
    const token = await platform.token(['front-desk'], ['*'], `rl-${runId()}`);
    const auth = { authorization: `Bearer ${token}` };
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(i % 2 ? b : a, { query: '{ __typename }' }, auth)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 200]);
    for (const gw of [a, b]) {
      const refused = await post(gw, { query: '{ __typename }' }, auth);
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      expect(await refused.json()).toEqual({
        errors: [
          {
            message: expect.stringMatching(/^Rate limit of 5 requests per 60 s exceeded; retry in \d+ s$/),
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
    }
    // another caller has its own budget
    const other = await platform.token(['front-desk'], ['*'], `rl-${runId()}`);
    expect((await post(b, { query: '{ __typename }' }, { authorization: `Bearer ${other}` })).status).toBe(200);
  });

  it('counts concurrent requests on both replicas atomically: exactly the limit gets through', async () => {
    const token = await platform.token(['front-desk'], ['*'], `burst-${runId()}`);
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        post(i % 2 ? b : a, { query: '{ __typename }' }, { authorization: `Bearer ${token}` }).then((r) => r.status),
      ),
    );
    expect(statuses.filter((s) => s === 200)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
  });

  it('a query registered through one replica is served by hash from the other, stored with the APQ TTL', async () => {
    const token = await platform.token(['front-desk'], ['*'], `apq-${runId()}`);
    const auth = { authorization: `Bearer ${token}` };
    const query = `query Apq${runId()} { __typename }`;
    const persistedQuery = { version: 1, sha256Hash: sha256Hex(query) };
    const unknown = await (await post(b, { extensions: { persistedQuery } }, auth)).json();
    expect(unknown.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await (await post(a, { query, extensions: { persistedQuery } }, auth)).json()).data).toEqual({ __typename: 'Query' });
    expect((await (await post(b, { extensions: { persistedQuery } }, auth)).json()).data).toEqual({ __typename: 'Query' });
    const stored = [];
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}apq*`, COUNT: 100 })) stored.push(...batch);
    const entry = stored.find((k) => k.includes(persistedQuery.sha256Hash));
    expect(entry).toBeDefined();
    const ttl = await redis.pTTL(entry!);
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(300_000);
  });

  it('a partner key held to the allow-list runs listed operations only, by hash without registering', async () => {
    const { key } = await keys.create({ name: 'BI', scopes: ['reports:read'], propertyIds: ['*'], persistedOnly: true });
    const headers = { 'x-api-key': key };
    const byHash = await post(a, { extensions: { persistedQuery: { version: 1, sha256Hash: sha256Hex(allowed) } } }, headers);
    expect(await byHash.json()).toEqual({ data: { __typename: 'Query' } });
    expect((await post(b, { query: allowed }, headers)).status).toBe(200);
    const adHoc = await post(b, { query: '{ __schema { types { name } } }' }, headers);
    expect(adHoc.status).toBe(403);
    expect((await adHoc.json()).errors[0]).toMatchObject({
      message: 'This caller may only run operations from the persisted-query allow-list',
      extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED' },
    });
    // a key not held to the list may send ad-hoc operations
    const { key: free } = await keys.create({ name: 'Free', scopes: ['reports:read'], propertyIds: ['*'] });
    expect((await post(a, { query: '{ __typename }' }, { 'x-api-key': free })).status).toBe(200);
  });
});
