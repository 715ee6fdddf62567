import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { signIdentity } from '@hotelops/kernel/identity';
import { DEFAULT_SUPERGRAPH_PATH } from '@hotelops/gateway';
import { BOARD, RESERVATION_LIST, canonical } from './operations';
import { startBenchPlatform, type BenchPlatform } from './platform';
import { startProcess, type ServiceProcess } from './processes';

/*
 * The federated front-desk board and a 20-reservation list on PostgreSQL, side by side in one
 * run: five subgraphs as separate production processes holding the demo hotel, the HotelOps
 * gateway, Hive Gateway with its defaults (subgraph calls de-duplicated in flight) and with
 * that off, and — for the one-subgraph list — the subgraph called directly. Answers are
 * compared before anything is timed; variants alternate round by round and the median round
 * counts. CPU comes from each process's own CPU time (/proc), so it is per request whatever
 * else shares the machine; req/s is not.
 *
 *   npm run bench:gateway
 *   BENCH_ROUNDS (3) BENCH_SECONDS (5 per variant and round) BENCH_CONNECTIONS (20)
 *   BENCH_ONLY=hotelops,hive… limits variants, BENCH_OPS=board,list the operations; BENCH_CPU_PROF=<dir> writes --cpu-prof profiles;
 *   BENCH_BASELINE_GATEWAY=<copy of an earlier gateway/dist>/main.js adds it as "baseline" (and "baseline-nodedup").
 */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const ONLY = process.env.BENCH_ONLY?.split(',');
const PROF = process.env.BENCH_CPU_PROF;
const BASELINE = process.env.BENCH_BASELINE_GATEWAY;
const profArgs = (name: string) => (PROF ? ['--cpu-prof', `--cpu-prof-dir=${join(PROF, name)}`] : []);

interface Target {
  name: string;
  url: string;
  process?: ServiceProcess;
  /** headers for a request (the subgraph direct needs a fresh signed identity) */
  headers: () => Record<string, string>;
  serves: (op: string) => boolean;
}
interface Sample {
  rps: number;
  p50: number;
  p99: number;
  gatewayCpu: number;
  subgraphCpu: number;
  /** CPU ms per request by subgraph */
  bySubgraph: Record<string, number>;
  calls: number;
  rss: number;
  errors: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, 'load ');

async function subgraphCalls(platform: BenchPlatform): Promise<number> {
  let total = 0;
  for (const url of Object.values(platform.urls)) {
    const text = await (await fetch(url.replace(/\/graphql$/, '/metrics'))).text();
    for (const m of text.matchAll(/^hotelops_graphql_requests_total\{[^}]*\} (\d+)/gm)) total += Number(m[1]);
  }
  return total;
}

async function post(target: Target, body: string): Promise<unknown> {
  const res = await fetch(target.url, { method: 'POST', headers: target.headers(), body });
  return res.json();
}

async function measure(platform: BenchPlatform, target: Target, body: string): Promise<Sample> {
  const cpu0 = target.process?.cpuMs() ?? 0;
  const each0 = platform.subgraphs.map((p) => p.cpuMs());
  const sub0 = each0.reduce((a, b) => a + b, 0);
  const calls0 = await subgraphCalls(platform);
  const r = await autocannon({
    url: target.url,
    connections: CONNECTIONS,
    duration: SECONDS,
    method: 'POST',
    headers: target.headers(),
    body,
  });
  const n = Math.max(1, r.requests.total);
  const calls = (await subgraphCalls(platform)) - calls0;
  return {
    rps: r.requests.total / SECONDS,
    p50: r.latency.p50,
    p99: r.latency.p99,
    gatewayCpu: target.process ? (target.process.cpuMs() - cpu0) / n : 0,
    subgraphCpu: (platform.subgraphs.reduce((s, p) => s + p.cpuMs(), 0) - sub0) / n,
    bySubgraph: Object.fromEntries(platform.subgraphs.map((p, i) => [p.name, (p.cpuMs() - each0[i]) / n])),
    calls: calls / n,
    rss: target.process?.rssMb() ?? 0,
    errors: r.non2xx + r.errors + r.timeouts,
  };
}

async function main() {
  console.log(`gateway bench: setting up (${load()})`);
  const platform = await startBenchPlatform({}, profArgs('subgraphs'));
  const started: ServiceProcess[] = [];
  const track = async (p: Promise<ServiceProcess>) => {
    const child = await p;
    started.push(child);
    return child;
  };
  try {
    const json = { 'content-type': 'application/json' };
    const bearer = () => ({ ...json, authorization: `Bearer ${platform.token}` });
    const supergraph = join(mkdtempSync(join(tmpdir(), 'hotelops-hive-')), 'supergraph.graphql');
    let sdl = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
    for (const [name, url] of Object.entries(platform.urls))
      sdl = sdl.replace(new RegExp(`(@join__graph\\(name: "${name}", url: ")[^"]*`), `$1${url}`);
    writeFileSync(supergraph, sdl);
    const hive = (name: string, dedup: boolean) =>
      track(
        startProcess(
          name,
          'infra/dist/bench/gateway/hive-gateway-main.js',
          { ...platform.secrets, SUPERGRAPH_PATH: supergraph, HIVE_DEDUP: dedup ? 'on' : 'off', NODE_ENV: 'production' },
          (l) => l.msg === 'gateway started',
          profArgs(name),
        ),
      );
    const all: (() => Promise<Target>)[] = [
      async () => {
        const p = await platform.startGateway('hotelops', {}, profArgs('hotelops'));
        return { name: 'hotelops', url: p.url, process: p, headers: bearer, serves: () => true };
      },
      async () => {
        const p = await platform.startGateway('hotelops-nodedup', { SUBGRAPH_DEDUP: 'false' }, profArgs('hotelops-nodedup'));
        return { name: 'hotelops-nodedup', url: p.url, process: p, headers: bearer, serves: () => true };
      },
      async () => {
        const p = await platform.startGateway('baseline', { SUPERGRAPH_PATH: DEFAULT_SUPERGRAPH_PATH }, profArgs('baseline'), BASELINE);
        return { name: 'baseline', url: p.url, process: p, headers: bearer, serves: () => true };
      },
      async () => {
        const env = { SUPERGRAPH_PATH: DEFAULT_SUPERGRAPH_PATH, SUBGRAPH_DEDUP: 'false' };
        const p = await platform.startGateway('baseline-nodedup', env, profArgs('baseline-nodedup'), BASELINE);
        return { name: 'baseline-nodedup', url: p.url, process: p, headers: bearer, serves: () => true };
      },
      async () => {
        const p = await hive('hive', true);
        return { name: 'hive', url: `${p.url}/graphql`, process: p, headers: bearer, serves: () => true };
      },
      async () => {
        const p = await hive('hive-nodedup', false);
        return { name: 'hive-nodedup', url: `${p.url}/graphql`, process: p, headers: bearer, serves: () => true };
      },
      async () => ({
        name: 'subgraph',
        url: platform.urls.reservations,
        headers: () => ({ ...json, ...signIdentity(identityOf(platform.token), platform.secrets.IDENTITY_SECRET) }),
        serves: (op) => op === 'list',
      }),
    ];
    const names = ['hotelops', 'hotelops-nodedup', 'baseline', 'baseline-nodedup', 'hive', 'hive-nodedup', 'subgraph'];
    // the baselines run only with an earlier gateway to run; "baseline" whenever there is one
    const wanted = (name: string) =>
      name.startsWith('baseline') && !BASELINE ? false : name === 'baseline' || !ONLY || ONLY.includes(name);
    const targets: Target[] = [];
    for (let i = 0; i < all.length; i++) if (wanted(names[i])) targets.push(await all[i]());

    const OPS = process.env.BENCH_OPS?.split(',');
    const ops = [
      { op: 'board', body: JSON.stringify({ query: BOARD, variables: { p: platform.propertyId, d: platform.today } }) },
      { op: 'list', body: JSON.stringify({ query: RESERVATION_LIST, variables: { p: platform.propertyId } }) },
    ].filter((o) => !OPS || OPS.includes(o.op));
    // Same answers everywhere before anything is timed.
    for (const { op, body } of ops) {
      let expected: string | undefined;
      for (const t of targets.filter((x) => x.serves(op))) {
        const answer = (await post(t, body)) as { data?: unknown; errors?: unknown };
        if (answer.errors || !answer.data) throw new Error(`${t.name} ${op}: ${JSON.stringify(answer).slice(0, 500)}`);
        const got = canonical(answer.data);
        if (expected === undefined) expected = got;
        else if (got !== expected) throw new Error(`${t.name} answers ${op} differently from ${targets[0].name}`);
      }
      const stays = op === 'board' ? JSON.parse(expected!) : undefined;
      if (stays) console.log(`board: ${stays.arrivals.length} arrivals + ${stays.inHouse.length} in house, answers identical`);
    }

    const samples = new Map<string, Sample[]>();
    for (const { body } of ops) for (const t of targets) void (await measure(platform, t, body).catch(() => undefined)); // warm-up
    for (let r = 0; r < ROUNDS; r++)
      for (const { op, body } of ops)
        for (const t of targets.filter((x) => x.serves(op))) {
          const key = `${op}|${t.name}`;
          samples.set(key, [...(samples.get(key) ?? []), await measure(platform, t, body)]);
        }

    console.log(`\n${ROUNDS} alternated rounds × ${SECONDS} s, ${CONNECTIONS} connections; median round (${load()})`);
    console.log(
      'op     target         req/s    p50 ms  p99 ms  gw CPU ms/req  subgraph CPU ms/req  subgraph calls/req  gw RSS MB  errors  × hive',
    );
    for (const { op } of ops) {
      const m = (name: string) => {
        const s = samples.get(`${op}|${name}`);
        if (!s) return undefined;
        const pick = (f: (x: Sample) => number) => median(s.map(f));
        return {
          rps: pick((x) => x.rps),
          p50: pick((x) => x.p50),
          p99: pick((x) => x.p99),
          gw: pick((x) => x.gatewayCpu),
          sub: pick((x) => x.subgraphCpu),
          calls: pick((x) => x.calls),
          rss: pick((x) => x.rss),
          errors: s.reduce((a, x) => a + x.errors, 0),
        };
      };
      const hiveRps = m('hive')?.rps;
      for (const t of targets) {
        const x = m(t.name);
        if (!x) continue;
        console.log(
          [
            op.padEnd(6),
            t.name.padEnd(16),
            x.rps.toFixed(0).padStart(6),
            x.p50.toFixed(0).padStart(8),
            x.p99.toFixed(0).padStart(7),
            (t.process ? x.gw.toFixed(2) : '–').padStart(14),
            x.sub.toFixed(2).padStart(20),
            x.calls.toFixed(2).padStart(19),
            (t.process ? x.rss.toFixed(0) : '–').padStart(10),
            String(x.errors).padStart(7),
            (hiveRps ? (x.rps / hiveRps).toFixed(2) : '–').padStart(7),
          ].join(' '),
        );
      }
      for (const t of targets) {
        const s = samples.get(`${op}|${t.name}`);
        if (!s) continue;
        const by = platform.subgraphs.map((p) => `${p.name} ${median(s.map((x) => x.bySubgraph[p.name])).toFixed(2)}`);
        console.log(`${op.padEnd(6)} ${t.name.padEnd(16)} subgraph CPU ms/req: ${by.join(', ')}`);
      }
      const ours = m('hotelops');
      const direct = m('subgraph');
      if (op === 'list' && ours && direct) console.log(`list: hotelops / subgraph direct = ${(ours.rps / direct.rps).toFixed(2)}`);
    }
  } finally {
    // Hive's processes are the bench's own (the platform stops the gateways and subgraphs it started)
    await Promise.allSettled(started.map((p) => p.stop()));
    await platform.stop();
  }
}

function identityOf(token: string) {
  const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8'));
  return { kind: 'staff' as const, subject: claims.sub, roles: claims.roles, scopes: [], propertyIds: claims.properties };
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
