import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

// Lists, when the process exits, the npm packages in the module cache (by name, scope kept).
const REPORTER = `process.on('exit', () => {
  const names = new Set();
  for (const file of Object.keys(require.cache)) {
    const i = file.lastIndexOf('node_modules/');
    const m = i >= 0 ? /^((@[^/]+\\/)?[^/]+)/.exec(file.slice(i + 13)) : null;
    if (m) names.add(m[1]);
  }
  process.stdout.write('\\n' + JSON.stringify([...names].sort()) + '\\n');
});
require(process.argv[1]);`;

/**
 * The npm packages a compiled entry (a path under the repository, or a package specifier as
 * "exports" resolves it) loads in plain Node.js, the way it runs in production. Needs `npm run
 * build` (npm test builds first). An entry that exits at start-up (missing config) has still
 * loaded all its static imports by then.
 */
export function packagesLoadedBy(entry: string, env: Record<string, string> = {}): string[] {
  const target = entry.startsWith('@') ? entry : join(ROOT, entry);
  const run = spawnSync(process.execPath, ['-e', REPORTER, target], {
    cwd: ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
  });
  const last = run.stdout.trim().split('\n').pop() ?? '';
  if (!last.startsWith('[')) throw new Error(`${entry} did not report its modules: ${run.stderr || run.stdout}`);
  return JSON.parse(last) as string[];
}
