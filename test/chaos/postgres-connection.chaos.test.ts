import { Client } from 'pg';
import { careSubgraph } from '@hotelops/care';
import { PG_ADMIN_URL, eventually, gql, startSubgraph, type GraphQLResponse, type RunningSubgraph } from '@hotelops/testing';

const PROPERTY = '00000000-0000-4000-8000-0000000000ff';
const openCase = (subject: string) =>
  `mutation { openCase(input: {propertyId: "${PROPERTY}", kind: INQUIRY, channel: PHONE, category: "x", subject: "${subject}"}) { id } }`;
const listCases = `query { cases(propertyId: "${PROPERTY}", first: 100) { nodes { id subject } } }`;

/**
 * PostgreSQL connections of a running subgraph killed with pg_terminate_backend (what a
 * failover, a restarted pooler or an administrator does): reads are answered, a transaction
 * killed before its commit runs again — once — and the subgraph keeps serving without a
 * restart. No request sees INTERNAL_SERVER_ERROR.
 */
describe('chaos: PostgreSQL connections killed under a running subgraph', () => {
  let care: RunningSubgraph;
  let admin: Client;
  let database: string;

  beforeAll(async () => {
    care = await startSubgraph(careSubgraph, { dialect: 'postgres' });
    database = new URL(care.config.DATABASE_URL!).pathname.slice(1);
    admin = new Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
  }, 60_000);
  afterAll(async () => {
    await admin?.end();
    await care?.stop();
  });

  /** Terminates the subgraph's backends (those waiting on a lock only, with `waiting`); returns how many. */
  const kill = async (waiting = false) => {
    const { rows } = await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()${waiting ? " AND wait_event_type = 'Lock'" : ''}`,
      [database],
    );
    return rows.length;
  };
  const failures = (answers: GraphQLResponse[]) => answers.filter((a) => a.status !== 200 || a.errors?.length);

  it('answers reads while its pooled connections are killed again and again', async () => {
    expect(failures([await gql(care.url, openCase('before the kills'))])).toEqual([]);
    const answers: GraphQLResponse[] = [];
    for (let round = 0; round < 10; round++) {
      expect(await kill()).toBeGreaterThan(0);
      answers.push(...(await Promise.all(Array.from({ length: 10 }, () => gql(care.url, listCases)))));
    }
    expect(failures(answers)).toEqual([]);
    expect(answers.every((a) => a.data?.cases.nodes.length >= 1)).toBe(true);
  }, 60_000);

  it('runs a transaction killed before its commit once more, and applies it once', async () => {
    // Holding the cases table keeps the mutation waiting inside its transaction, where it is killed.
    const lock = new Client({ connectionString: care.config.DATABASE_URL });
    await lock.connect();
    try {
      await lock.query('BEGIN');
      await lock.query('LOCK TABLE care.cases IN ACCESS EXCLUSIVE MODE');
      const pending = gql(care.url, openCase('killed mid-transaction'));
      await eventually(async () => expect(await kill(true)).toBe(1));
      await lock.query('COMMIT');
      const answer = await pending;
      expect(failures([answer])).toEqual([]);
    } finally {
      await lock.end().catch(() => undefined);
    }
    const { rows } = await admin.query(`SELECT 1`); // the admin connection is untouched
    expect(rows).toHaveLength(1);
    const listed = await gql(care.url, listCases);
    expect(listed.data?.cases.nodes.filter((c: { subject: string }) => c.subject === 'killed mid-transaction')).toHaveLength(1);
  }, 60_000);

  it('serves writes after its connections were killed, without a restart', async () => {
    await kill();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => gql(care.url, openCase(`after the kills ${i}`))));
    expect(failures(answers)).toEqual([]);
    const ready = await fetch(care.url.replace(/\/graphql$/, '/health/ready'));
    expect(ready.status).toBe(200);
  }, 60_000);
});
