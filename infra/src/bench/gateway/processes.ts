import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

/** The repository root (infra/dist/bench/gateway → four levels up). */
export const ROOT = join(__dirname, '..', '..', '..', '..');
const CLOCK_TICKS_PER_SECOND = 100;

export interface ServiceProcess {
  name: string;
  child: ChildProcess;
  /** the `url` of the ready log line, when it had one */
  url: string;
  /** user + system CPU milliseconds the process has used so far (from /proc) */
  cpuMs(): number;
  /** resident set size in MB (from /proc) */
  rssMb(): number;
  stop(): Promise<void>;
}

/**
 * Runs a compiled entry as its own process (as production does) and resolves once a JSON log
 * line on stdout says `ready` (e.g. msg === 'subgraph started').
 */
export async function startProcess(
  name: string,
  entry: string,
  env: Record<string, string>,
  ready: (line: Record<string, unknown>) => boolean,
  nodeArgs: string[] = [],
): Promise<ServiceProcess> {
  const child = spawn(process.execPath, [...nodeArgs, resolve(ROOT, entry)], {
    cwd: ROOT,
    // NODE_PATH lets a copy of a build outside the repository (a baseline) find its packages
    env: { PATH: process.env.PATH, NODE_PATH: [join(ROOT, 'gateway', 'node_modules'), join(ROOT, 'node_modules')].join(':'), ...env },
  });
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr = (stderr + String(d)).slice(-4000)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let url = '';
  await new Promise<void>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (text) => {
      try {
        const line = JSON.parse(text) as Record<string, unknown>;
        if (!ready(line)) return;
        url = typeof line.url === 'string' ? line.url : '';
        resolve();
      } catch {
        // not a JSON log line
      }
    });
    void exited.then((code) => reject(new Error(`${name} exited (${code}) before it was ready:\n${stderr}`)));
  });
  const pid = child.pid!;
  return {
    name,
    child,
    url,
    cpuMs: () => {
      // fields after the command name: utime and stime are the 12th and 13th
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
    },
    rssMb: () => {
      const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      return m ? Number(m[1]) / 1024 : NaN;
    },
    stop: async () => {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
