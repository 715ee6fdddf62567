import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Database, SubgraphApp, baseConfigSchema, createLogger, loadConfig, type Clock, type SubgraphDefinition } from '@hotelops/kernel';

/*
 * What the PostgreSQL benchmarks share: a throwaway database with one subgraph migrated into it
 * (services only: no server, no relay), timing, percentiles and size figures.
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) creates and drops the database.
 */

export const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** How long `fn` took, in milliseconds, with its result. */
export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = process.hrtime.bigint();
  const result = await fn();
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, result };
}

/** The p-th percentile (0–100) of some timings, nearest rank. */
export const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))];

/** Median of `runs` timings: the first run warms caches, the median is what a user sees. */
export async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(fn)).ms);
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

/**
 * Creates a database, migrates `definition` into it and runs `work` against the prepared app;
 * drops the database afterwards whatever happens.
 */
export async function withBenchDatabase<S>(
  name: string,
  definition: SubgraphDefinition<S>,
  work: (app: SubgraphApp<S>) => Promise<void>,
  opts: { clock?: Clock; logLevel?: 'error' | 'warn' } = {},
): Promise<void> {
  const logger = createLogger(`${name}-bench`, opts.logLevel ?? 'error');
  const dbName = `hotelops_bench_${name}_${Date.now().toString(36)}`;
  const admin = new Database({ service: 'postgres', databaseUrl: ADMIN_URL, dataDir: tmpdir(), entities: [], migrations: [], logger });
  await admin.dataSource.initialize();
  await admin.dataSource.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const config = loadConfig(baseConfigSchema, {
    NODE_ENV: 'production',
    LOG_LEVEL: opts.logLevel ?? 'error',
    PORT: '0',
    DATABASE_URL: url.toString(),
    DATA_DIR: mkdtempSync(join(tmpdir(), `${name}-bench-`)),
    IDENTITY_SECRET: randomUUID() + randomUUID(),
  });
  const app = new SubgraphApp(definition, { config, logger, ...(opts.clock ? { clock: opts.clock } : {}) });
  try {
    await app.prepare(); // migrates; no server, no relay: the database and the services
    await work(app);
  } finally {
    await app.deps.db.close().catch(() => undefined);
    await admin.dataSource.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.dataSource.destroy();
  }
}

/** Rows in a table, and the database's size as PostgreSQL prints it. */
export const rowCount = async (db: Database, table: string) =>
  Number((await db.dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n);
export const databaseSize = async (db: Database): Promise<string> =>
  (await db.dataSource.query(`SELECT pg_size_pretty(pg_database_size(current_database())) AS s`))[0].s;

/** Runs a bench's main, exiting non-zero on failure. */
export function runBench(main: () => Promise<void>): void {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
