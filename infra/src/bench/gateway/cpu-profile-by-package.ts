import { readFileSync } from 'node:fs';

/*
 * Self time of a `--cpu-prof` profile (as bench:gateway writes with BENCH_CPU_PROF=<dir>) by
 * package: node_modules/<package>, the project's own folders, Node internals, GC and native
 * frames; idle excluded. FUNCTIONS=<n> also lists the n hottest functions.
 *
 *   node infra/dist/bench/gateway/cpu-profile-by-package.js <dir>/subgraphs/CPU.*.cpuprofile
 */
interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

function owner(url: string, fn: string): string {
  const modules = url.match(/node_modules\/((@[^/]+\/)?[^/]+)/g);
  if (modules) return modules[modules.length - 1].replace('node_modules/', '');
  const project = /\/(services\/[^/]+|shared\/[^/]+|gateway|infra)\//.exec(url);
  if (project) return `project: ${project[1]}`;
  if (url.startsWith('node:')) return url;
  return fn || '(native)';
}

for (const file of process.argv.slice(2)) {
  const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  const time = new Map<number, number>();
  profile.samples.forEach((id, i) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let busy = 0;
  for (const node of profile.nodes) {
    const t = time.get(node.id) ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (functionName === '(idle)' || !t) continue;
    busy += t;
    const key = owner(url, functionName);
    byOwner.set(key, (byOwner.get(key) ?? 0) + t);
    const fn = `${functionName || '(anonymous)'} ${url.split('/').slice(-2).join('/')}:${lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  console.log(`${file}: ${(busy / 1000).toFixed(0)} ms busy`);
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
  for (const [k, v] of top(byOwner, 20)) console.log(`  ${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`);
  const functions = Number(process.env.FUNCTIONS ?? 0);
  if (functions) for (const [k, v] of top(byFunction, functions)) console.log(`     ${((100 * v) / busy).toFixed(1).padStart(5)} %  ${k}`);
}
