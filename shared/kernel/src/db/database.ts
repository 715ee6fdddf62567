import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter } from 'node:events';
import { DataSource, type EntityManager, type EntitySchema, type EntityTarget, type MixedList, type ObjectLiteral } from 'typeorm';
import type { Logger } from '../observability/logger';
import { withMigrationLock } from './migration-lock';
import { CountingQueryLogger } from './query-counter';
import { retryReadsOnConnectionLoss, runTransaction } from './connection-loss';
import { RowReader } from './row-reader';

export interface DatabaseOptions {
  service: string;
  /** postgres:// URL; when absent a SQLite file `<dataDir>/<service>.sqlite` is used. */
  databaseUrl?: string;
  dataDir: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: MixedList<Function | string | EntitySchema>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: MixedList<Function | string>;
  logger: Logger;
}

/**
 * A service's database: the typeorm DataSource plus the one way to run a transaction.
 * SQLite has a single connection, so its transactions are queued rather than interleaved;
 * PostgreSQL runs them concurrently from the pool.
 */
export class Database extends EventEmitter {
  readonly dataSource: DataSource;
  readonly queryLog: CountingQueryLogger;
  /** PostgreSQL schema holding this service's tables */
  readonly schema?: string;
  readonly service: string;
  private readonly logger: Logger;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly readers = new Map<unknown, RowReader<ObjectLiteral>>();

  constructor(opts: DatabaseOptions) {
    super();
    this.service = opts.service;
    this.logger = opts.logger;
    this.queryLog = new CountingQueryLogger(opts.logger);
    const common = {
      entities: opts.entities,
      migrations: opts.migrations,
      migrationsRun: false,
      synchronize: false,
      logger: this.queryLog,
      maxQueryExecutionTime: 500,
    };
    if (opts.databaseUrl) {
      // Each subgraph keeps its tables in a schema named after it, so subgraphs may share one
      // PostgreSQL database without sharing tables (outbox, inbox, migrations included).
      this.schema = opts.service.replace(/[^a-z0-9_]/gi, '_');
      this.dataSource = new DataSource({
        type: 'postgres',
        url: opts.databaseUrl,
        extra: { max: 10, options: `-c search_path=${this.schema}` },
        ...common,
      });
      retryReadsOnConnectionLoss(this.dataSource, opts.logger);
    } else {
      mkdirSync(opts.dataDir, { recursive: true });
      this.dataSource = new DataSource({
        type: 'better-sqlite3',
        database: join(opts.dataDir, `${opts.service}.sqlite`),
        prepareDatabase: (db: { pragma(s: string): unknown }) => {
          db.pragma('journal_mode = WAL');
          db.pragma('busy_timeout = 5000');
          db.pragma('foreign_keys = ON');
        },
        ...common,
      });
    }
  }

  get isPostgres(): boolean {
    return this.dataSource.options.type === 'postgres';
  }
  get manager(): EntityManager {
    return this.dataSource.manager;
  }

  /** Connects and applies pending migrations (each in its own transaction, one replica at a time). */
  async open(): Promise<void> {
    if (!this.dataSource.isInitialized) await this.dataSource.initialize();
    const migrate = async () => {
      if (this.schema) await this.dataSource.query(`CREATE SCHEMA IF NOT EXISTS "${this.schema}"`);
      await this.dataSource.runMigrations({ transaction: 'each' });
    };
    // replicas starting together take turns (the schema and the migrations table included)
    await (this.schema ? withMigrationLock(this.dataSource, this.schema, migrate) : migrate());
  }

  async close(): Promise<void> {
    await this.queue.catch(() => undefined);
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
  }

  /**
   * Find option that locks the rows read for a read-modify-write (FOR UPDATE on PostgreSQL), so
   * concurrent changes queue instead of overwriting each other. SQLite needs none: its
   * transactions already run one at a time.
   */
  get forUpdate(): { lock?: { mode: 'pessimistic_write' } } {
    return this.isPostgres ? { lock: { mode: 'pessimistic_write' } } : {};
  }

  /** Hot reads of a plain table with the SELECT built once (see RowReader): reference loaders, per-stay batches. */
  rows<E extends ObjectLiteral>(entity: EntityTarget<E>): RowReader<E> {
    let reader = this.readers.get(entity);
    if (!reader) this.readers.set(entity, (reader = new RowReader(this.dataSource, entity as EntityTarget<ObjectLiteral>)));
    return reader as RowReader<E>;
  }

  /**
   * A raw read with typeorm's `:name` and `:...list` parameters, for hot reads whose SQL the query
   * builder would rebuild per call; in `em`'s transaction when given.
   */
  select<T>(sql: string, params: ObjectLiteral, em: EntityManager = this.manager): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    return em.query(query, values);
  }

  /** A raw write with the same parameters as `select`, in `em`'s transaction when given. */
  async execute(sql: string, params: ObjectLiteral, em: EntityManager = this.manager): Promise<void> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, params, {});
    await em.query(query, values);
  }

  async ping(): Promise<void> {
    await this.dataSource.query('SELECT 1');
  }

  /**
   * Runs `work` in one transaction; emits 'committed' afterwards (the outbox relay listens).
   * On PostgreSQL a connection lost before the commit runs the whole transaction again, once.
   */
  async transaction<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    const run = () => this.dataSource.transaction(work);
    let result: T;
    if (this.isPostgres) {
      result = await runTransaction(this.dataSource, this.logger, work);
    } else {
      const next = this.queue.then(run, run);
      this.queue = next.catch(() => undefined);
      result = await next;
    }
    this.emit('committed');
    return result;
  }
}
