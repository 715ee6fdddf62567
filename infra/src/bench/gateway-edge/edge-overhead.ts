import 'reflect-metadata';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { GatewayServer, connectRedis, loadGatewayConfig, mintStaffToken } from '@hotelops/gateway';

/**
 * What the gateway edge costs per request, measured side by side in one run: the same
 * `{ __typename }` request (answered by the gateway alone, no subgraph) through gateways with the
 * rate limit off, counted in memory, and counted in Redis (shared by replicas). The variants run
 * in interleaved rounds and the median round counts, so background load skews them alike.
 * Run: `npm run build && node infra/dist/bench/gateway-edge/edge-overhead.js` (REDIS_URL optional).
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const PER_ROUND = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = 16;
const JWT_SECRET = randomBytes(32).toString('hex');
const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

async function startGateway(env: Record<string, string>): Promise<GatewayServer> {
  const gateway = new GatewayServer(
    loadGatewayConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      PORT: '0',
      HOST: '127.0.0.1',
      IDENTITY_SECRET: randomBytes(32).toString('hex'),
      JWT_SECRET,
      DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-bench-')),
      RATE_LIMIT_MAX: String(ROUNDS * PER_ROUND * 10),
      ...env,
    }),
  );
  await gateway.start();
  return gateway;
}

/** Requests per second for one round of PER_ROUND requests. */
async function round(url: string, token: string): Promise<number> {
  const send = () =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: '{"query":"{ __typename }"}',
    }).then(async (r) => {
      await r.arrayBuffer();
      if (r.status !== 200) throw new Error(`HTTP ${r.status}`);
    });
  let next = 0;
  const started = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next++ < PER_ROUND) await send();
    }),
  );
  return PER_ROUND / (Number(process.hrtime.bigint() - started) / 1e9);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  const token = await mintStaffToken(
    { employeeId: 'bench', roles: ['front-desk'], properties: ['*'] },
    { secret: JWT_SECRET, issuer: 'hotelops', audience: 'hotelops-api' },
  );
  const prefix = `hotelops-bench:${randomBytes(4).toString('hex')}:`;
  const redis = await connectRedis(REDIS_URL, () => undefined).catch(() => undefined);
  const variants: { name: string; gateway: GatewayServer; rps: number[] }[] = [
    { name: 'rate limit off', gateway: await startGateway({ RATE_LIMIT_MAX: '0' }), rps: [] },
    { name: 'rate limit in memory', gateway: await startGateway({}), rps: [] },
  ];
  if (redis)
    variants.push({ name: 'rate limit + APQ in Redis', gateway: await startGateway({ REDIS_URL, REDIS_KEY_PREFIX: prefix }), rps: [] });
  else console.log(`(no Redis at ${REDIS_URL}: Redis variant skipped)`);

  console.log(`gateway edge overhead: ${ROUNDS} interleaved rounds × ${PER_ROUND} requests, ${CONCURRENCY} concurrent, { __typename }`);
  for (const v of variants) await round(v.gateway.url, token); // warm-up
  for (let r = 0; r < ROUNDS; r++) for (const v of variants) v.rps.push(await round(v.gateway.url, token));
  const base = median(variants[0].rps);
  for (const v of variants) {
    const rps = median(v.rps);
    console.log(`${v.name.padEnd(28)} ${rps.toFixed(0).padStart(6)} req/s (median)   ${(rps / base).toFixed(2)} × off`);
  }

  for (const v of variants) await v.gateway.stop();
  if (redis) {
    for await (const batch of redis.scanIterator({ MATCH: `${prefix}*`, COUNT: 100 })) if (batch.length) await redis.del(batch);
    await redis.close();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
