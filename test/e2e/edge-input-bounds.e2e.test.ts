import { loadSupergraph, sampleCall } from './supergraph-operations';
import { extremeCases, type ExtremeCase } from './input-extremes';
import { startPlatform, type Platform } from './platform';

/**
 * Walks every mutation of the composed supergraph as a general manager of every property, one
 * argument at a time: each String and ID (recursively in input objects and lists) at 100,000
 * characters, each Int and Float at 2147483647, -2147483648 and -1, required strings and lists
 * empty, enums with an unknown value. Every answer must be a client error — HTTP below 500 and
 * no INTERNAL_SERVER_ERROR — an over-long String and a 32-bit-limit number must be refused as
 * bad input naming that field, before anything is looked up (the sample ids exist nowhere), and
 * no database of any subgraph may change (row counts of every table, the outbox included). Runs
 * on PostgreSQL, which enforces column lengths.
 */
const schema = loadSupergraph();
const mutations = Object.values(schema.getMutationType()!.getFields());

type Fingerprint = Record<string, number>;

/** Row counts of every table of every subgraph. */
async function fingerprint(platform: Platform): Promise<Fingerprint> {
  const counts: Fingerprint = {};
  for (const [name, sg] of Object.entries(platform.subgraphs)) {
    const ds = sg.app.deps.db.dataSource;
    const tables = [...new Set(ds.entityMetadatas.map((m) => m.tableName))].sort();
    const sql = tables.map((t) => `SELECT '${t}' AS t, COUNT(*) AS n FROM "${t}"`).join(' UNION ALL ');
    for (const row of (await ds.query(sql)) as { t: string; n: string | number }[]) counts[`${name}.${row.t}`] = Number(row.n);
  }
  return counts;
}

const changed = (before: Fingerprint, after: Fingerprint) =>
  Object.keys(after)
    .filter((k) => before[k] !== after[k])
    .map((k) => `${k}: ${before[k]} → ${after[k]}`);

interface Outcome {
  status: number;
  errors?: { message: string; extensions?: { code?: string; reason?: string; field?: string; fields?: string[] } }[];
}

/** The last name of a path: `input.lines[0].quantity` → `quantity`. */
const lastName = (path: string) =>
  path
    .split(/[.[\]]/)
    .filter((s) => s && !/^\d+$/.test(s))
    .pop();

/** The field names along a path: `input.lines[0].quantity` → input, lines, quantity. */
const segments = (path: string) => path.split(/[.[\]]/).filter((s) => s && !/^\d+$/.test(s));

/**
 * Whether a bad-input error names the field of the case, or the list holding it: validation
 * errors list paths, domain errors name one field.
 */
const names = (e: NonNullable<Outcome['errors']>[number], path: string) =>
  e.extensions?.code === 'BAD_USER_INPUT' &&
  [...(e.extensions.fields ?? []), e.extensions.field ?? ''].some((f) => {
    const named = lastName(f);
    return named === lastName(path) || (named !== undefined && segments(path).includes(named));
  });

/** What is wrong with the answer to one case, or null when it is a proper refusal. */
function problem(c: ExtremeCase, o: Outcome): string | null {
  const codes = (o.errors ?? []).map((e) => e.extensions?.code ?? '(none)');
  if (o.status >= 500) return `HTTP ${o.status}`;
  if (!o.errors?.length) return 'accepted';
  if (codes.includes('INTERNAL_SERVER_ERROR')) return `INTERNAL_SERVER_ERROR: ${o.errors.map((e) => e.message).join('; ')}`;
  if (c.mustBeBadInput && o.status === 200 && !o.errors.some((e) => names(e, c.path))) {
    return `not refused as bad input first: ${o.errors.map((e) => `${e.extensions?.code}/${e.extensions?.reason}: ${e.message}`).join('; ')}`;
  }
  return null;
}

describe('every mutation under extreme input', () => {
  let platform: Platform;
  let token: string;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process', dialect: 'postgres' });
    token = await platform.token(['general-manager'], ['*'], '00000000-0000-4000-8000-0000000000aa');
  }, 120_000);
  afterAll(() => platform?.stop());

  const cases = mutations.flatMap((m) => extremeCases(m));

  it('generates cases for every mutation', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(30);
    const covered = new Set(cases.map((c) => c.mutation));
    expect(mutations.filter((m) => m.args.length && !covered.has(m.name)).map((m) => m.name)).toEqual([]);
    expect(cases.length).toBeGreaterThan(500);
  });

  it.each(mutations.filter((m) => m.args.length).map((m) => [m.name, m] as const))(
    '%s refuses every extreme argument and changes nothing',
    async (name, field) => {
      const mine = cases.filter((c) => c.mutation === name);
      const before = await fingerprint(platform);
      const wrong: string[] = [];
      for (let i = 0; i < mine.length; i += 8) {
        await Promise.all(
          mine.slice(i, i + 8).map(async (c) => {
            const { query, variables } = sampleCall('mutation', field, c.arguments);
            const outcome = (await platform.query(query, variables, token)) as Outcome;
            const p = problem(c, outcome);
            if (p) wrong.push(`${c.path} = ${c.label}: ${p}`);
          }),
        );
      }
      expect(wrong.sort()).toEqual([]);
      expect(changed(before, await fingerprint(platform))).toEqual([]);
    },
  );
});
