import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

/*
 * `npm run lint` runs dependency-cruiser with the house rules. These fixtures prove the rules
 * bite: a clean subgraph passes, and each kind of wrong import in the other is reported.
 */
const root = join(__dirname, '..', '..');
const fixtures = join(__dirname, 'fixtures', 'house-rules');

interface Violation {
  rule: { name: string };
  from: string;
  to: string;
}

function cruise(): Violation[] {
  const out = execFileSync(
    process.execPath,
    [
      join(root, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs'),
      '--config',
      join(root, '.dependency-cruiser.js'),
      '--output-type',
      'json',
      'services',
    ],
    { cwd: fixtures, encoding: 'utf8' },
  );
  return (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
}

describe('house rules (dependency-cruiser)', () => {
  const violations = cruise();
  const found = violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort();

  it('passes a subgraph that keeps them, including a resolver naming the composed services type', () => {
    expect(violations.filter((v) => v.from.startsWith('services/alpha/'))).toEqual([]);
  });

  it('reports each wrong import of the other subgraph, and nothing else', () => {
    const expected = [
      'no-subgraph-to-subgraph: services/bad/src/room/room.service.ts → services/alpha/src/index.ts',
      'no-upward-import: services/bad/src/room/room.service.ts → services/bad/src/composition.ts',
      'no-file-cycle: services/bad/src/composition.ts → services/bad/src/room/room.service.ts',
      'no-module-cycle: services/bad/src/folio → services/bad/src/room',
      'no-module-cycle: services/bad/src/room → services/bad/src/folio',
      expect.stringMatching(/^rules-are-pure: services\/bad\/src\/room\/room\.rules\.ts → .*node_modules\/typeorm\//),
    ];
    expect(found).toEqual(expect.arrayContaining(expected));
    expect(found).toHaveLength(expected.length);
  });
});
