import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = join(__dirname, '..', '..', '..');

export interface NodeProcess {
  child: ChildProcess;
  /** resolves with the first JSON log line (pino, on stdout) that `match` accepts */
  waitForLog(match: (line: Record<string, any>) => boolean): Promise<Record<string, any>>;
  /** the exit code (null when killed by a signal) */
  exited: Promise<number | null>;
}

/**
 * Runs a compiled entry (`gateway/dist/main.js`, `services/care/dist/main.js`) as its own process,
 * the way production does, with `env` as its whole environment besides PATH. Needs `npm run build`.
 */
export function startNodeProcess(entry: string, env: Record<string, string>): NodeProcess {
  const child = spawn(process.execPath, [join(ROOT, entry)], { cwd: ROOT, env: { PATH: process.env.PATH, ...env } });
  const lines: Record<string, any>[] = [];
  const waiters: { match: (line: Record<string, any>) => boolean; resolve: (line: Record<string, any>) => void }[] = [];
  let stderr = '';
  child.stderr!.on('data', (d) => (stderr += String(d)));
  createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: Record<string, any>;
    try {
      line = JSON.parse(text);
    } catch {
      return; // not a log line
    }
    lines.push(line);
    for (const w of [...waiters]) {
      if (!w.match(line)) continue;
      waiters.splice(waiters.indexOf(w), 1);
      w.resolve(line);
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    child,
    exited,
    waitForLog: (match) =>
      new Promise((resolve, reject) => {
        const seen = lines.find(match);
        if (seen) return resolve(seen);
        waiters.push({ match, resolve });
        void exited.then((code) => reject(new Error(`${entry} exited (${code}) before the expected log line:\n${stderr}`)));
      }),
  };
}
