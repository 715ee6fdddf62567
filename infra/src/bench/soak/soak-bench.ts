import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { BOARD, RESERVATION_LIST } from '../gateway/operations';
import { startBenchPlatform } from '../gateway/platform';

/*
 * Soak: mixed read/write load through the HotelOps gateway for BENCH_SOAK_MINUTES (10) — the
 * front-desk board, the 20-reservation list, availability searches and bookings — over the five
 * subgraph processes on PostgreSQL with events on Kafka (KAFKA_BROKERS, a fresh namespace).
 * Prints per minute: requests, failures (HTTP errors, internal errors), business refusals (no
 * availability), p50/p99 and every process's RSS; then the RSS slope per process (MB/min, least
 * squares over the minutes after the first). Flat memory and no growth in failures is the target.
 *
 *   npm run bench:soak     BENCH_SOAK_MINUTES (10) BENCH_SOAK_SECONDS (overrides) BENCH_CONNECTIONS (10)
 */
const SECONDS = Number(process.env.BENCH_SOAK_SECONDS ?? Number(process.env.BENCH_SOAK_MINUTES ?? 10) * 60);
const MINUTE_MS = Math.min(60_000, (SECONDS * 1000) / 3);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);
const BROKERS = process.env.KAFKA_BROKERS ?? '127.0.0.1:9092';

const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, 'load ');
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

interface Bucket {
  latencies: number[];
  failures: number;
  refusals: number;
  rss: Record<string, number>;
}

async function main() {
  console.log(`soak: ${SECONDS} s of mixed load, ${CONNECTIONS} connections (${load()})`);
  const platform = await startBenchPlatform({ KAFKA_BROKERS: BROKERS, KAFKA_NAMESPACE: `soak${randomBytes(4).toString('hex')}.` });
  try {
    const gateway = await platform.startGateway('gateway');
    const processes = [gateway, ...platform.subgraphs];
    const post = async (query: string, variables: Record<string, unknown>) => {
      const res = await fetch(gateway.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${platform.token}` },
        body: JSON.stringify({ query, variables }),
      });
      return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: { code?: string } }[] } };
    };
    const types = (await post('query($p: ID!) { roomTypes(propertyId: $p) { id } }', { p: platform.propertyId })).body.data.roomTypes.map(
      (t: { id: string }) => t.id,
    );
    const p = platform.propertyId;
    const today = platform.today;
    const mix: { weight: number; run: () => Promise<{ status: number; body: any }> }[] = [
      { weight: 45, run: () => post(BOARD, { p, d: today }) },
      { weight: 25, run: () => post(RESERVATION_LIST, { p }) },
      {
        weight: 15,
        run: () => {
          const arrival = addDays(today, 1 + Math.floor(Math.random() * 60));
          return post('query($i: AvailabilitySearchInput!) { searchAvailability(input: $i) { roomTypeId available } }', {
            i: { propertyIds: [p], arrival, departure: addDays(arrival, 2), adults: 1 },
          });
        },
      },
      {
        weight: 15,
        run: () => {
          const arrival = addDays(today, 1 + Math.floor(Math.random() * 60));
          return post(`mutation($i: CreateReservationInput!) { createReservation(input: $i) { id } }`, {
            i: {
              roomTypeId: types[Math.floor(Math.random() * types.length)],
              arrival,
              departure: addDays(arrival, 1 + Math.floor(Math.random() * 3)),
              guestName: 'Soak Guest',
              channel: 'PHONE',
            },
          });
        },
      },
    ];
    const total = mix.reduce((s, m) => s + m.weight, 0);
    const pick = () => {
      let r = Math.random() * total;
      for (const m of mix) if ((r -= m.weight) < 0) return m;
      return mix[0];
    };

    const buckets: Bucket[] = [];
    const refusalCodes = new Map<string, number>();
    let current: Bucket = { latencies: [], failures: 0, refusals: 0, rss: {} };
    const started = Date.now();
    const end = started + SECONDS * 1000;
    const close = () => {
      for (const proc of processes) current.rss[proc.name] = proc.rssMb();
      buckets.push(current);
      const b = current;
      console.log(
        `${MINUTE_MS === 60_000 ? 'minute' : `${MINUTE_MS / 1000} s #`} ${String(buckets.length).padStart(2)}: ${String(b.latencies.length).padStart(6)} req  failures ${String(b.failures).padStart(4)}  refusals ${String(b.refusals).padStart(4)}  p50 ${pct(b.latencies, 50).toFixed(0).padStart(5)} ms  p99 ${pct(b.latencies, 99).toFixed(0).padStart(5)} ms  RSS ${Object.entries(
          b.rss,
        )
          .map(([n, v]) => `${n} ${v.toFixed(0)}`)
          .join(', ')} MB  (${load()})`,
      );
      current = { latencies: [], failures: 0, refusals: 0, rss: {} };
    };
    const ticker = setInterval(close, MINUTE_MS);
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        while (Date.now() < end) {
          const t0 = performance.now();
          const bucket = current;
          try {
            const { status, body } = await pick().run();
            const codes = (body.errors ?? []).map((e: { extensions?: { code?: string } }) => e.extensions?.code);
            if (status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) bucket.failures++;
            else if (codes.length) {
              bucket.refusals++;
              const reason = String((body.errors?.[0] as { extensions?: { reason?: string } })?.extensions?.reason ?? codes[0]);
              refusalCodes.set(reason, (refusalCodes.get(reason) ?? 0) + 1);
            }
          } catch {
            bucket.failures++;
          }
          bucket.latencies.push(performance.now() - t0);
        }
      }),
    );
    clearInterval(ticker);
    if (current.latencies.length) close();

    console.log(`\nRSS slope (MB per minute, minutes 2…${buckets.length}):`);
    const steady = buckets.slice(1);
    for (const proc of processes) {
      const ys = steady.map((b) => b.rss[proc.name]);
      const xs = ys.map((_, i) => (i * MINUTE_MS) / 60_000);
      const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
      const my = ys.reduce((a, b) => a + b, 0) / ys.length;
      const slope =
        xs.reduce((s, x, i) => s + (x - mx) * (ys[i] - my), 0) /
        Math.max(
          1e-9,
          xs.reduce((s, x) => s + (x - mx) ** 2, 0),
        );
      console.log(
        `  ${proc.name.padEnd(13)} ${slope >= 0 ? '+' : ''}${slope.toFixed(2)} MB/min  (${ys[0]?.toFixed(0)} → ${ys.at(-1)?.toFixed(0)} MB)`,
      );
    }
    const failures = buckets.map((b) => b.failures);
    console.log(`failures per interval: ${failures.join(' ')}`);
    console.log(`refusals (business answers): ${[...refusalCodes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  } finally {
    await platform.stop();
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
