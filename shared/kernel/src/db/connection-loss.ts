import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { DomainError } from '../errors/domain-error';
import type { Logger } from '../observability/logger';

/** PostgreSQL SQLSTATEs of a connection that is gone: terminated (pg_terminate_backend), shut down, broken. */
const LOST_CONNECTION_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006']);
const LOST_CONNECTION_MESSAGE = /Connection terminated|connection error and is not queryable|ECONNRESET|ECONNREFUSED|EPIPE/;

/** True for an error that says the database connection was lost, not that the statement was wrong. */
export function isConnectionLoss(err: unknown): boolean {
  for (let e = err as { code?: string; message?: string; driverError?: unknown; cause?: unknown } | undefined; e; ) {
    if (typeof e.code === 'string' && (LOST_CONNECTION_STATES.has(e.code) || /^E(CONNRESET|CONNREFUSED|PIPE)$/.test(e.code))) return true;
    if (typeof e.message === 'string' && LOST_CONNECTION_MESSAGE.test(e.message)) return true;
    e = (e.driverError ?? e.cause) as typeof e;
  }
  return false;
}

/** A lone SELECT reads and changes nothing: running it again on a fresh connection is safe. */
const isPlainRead = (sql: string) => /^\s*SELECT\b/i.test(sql) && !/\bFOR\s+(UPDATE|SHARE|NO KEY UPDATE)\b/i.test(sql);

/**
 * Attempts at a plain read after its connection was lost. A killed server or a failover ends
 * every pooled connection at once, and the pool may hand out another dead one before its socket
 * has reported the close; a short pause between attempts lets it.
 */
const READ_ATTEMPTS_AFTER_LOSS = 3;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Makes every query runner of `dataSource` retry a plain read on a fresh pooled connection when
 * its connection was lost (a killed backend, a restarted server). Statements inside a
 * transaction are left alone: the transaction as a whole is retried (runTransaction).
 */
export function retryReadsOnConnectionLoss(dataSource: DataSource, logger: Logger): void {
  const create = dataSource.createQueryRunner.bind(dataSource);
  dataSource.createQueryRunner = (mode) => {
    const runner = create(mode);
    const query = runner.query.bind(runner) as QueryRunner['query'];
    runner.query = (async (sql: string, parameters?: unknown[], structured?: boolean) => {
      try {
        return await query(sql, parameters, structured as true);
      } catch (err) {
        if (runner.isTransactionActive || !isPlainRead(sql) || !isConnectionLoss(err)) throw err;
        logger.warn({ err }, 'database connection lost during a read; retrying on a fresh connection');
        for (let attempt = 1; ; attempt++) {
          await pause(20 * attempt);
          const fresh = create(mode);
          try {
            return await fresh.query(sql, parameters, structured as true);
          } catch (again) {
            if (!isConnectionLoss(again)) throw again;
            if (attempt >= READ_ATTEMPTS_AFTER_LOSS) throw connectionLost(again);
          } finally {
            await fresh.release();
          }
        }
      }
    }) as QueryRunner['query'];
    return runner;
  };
}

const connectionLost = (cause: unknown) =>
  Object.assign(new DomainError('DATABASE.CONNECTION_LOST', 'The database connection was lost; retry the request', { retryable: true }), {
    cause,
  });

/**
 * One transaction on its own query runner. A connection lost before COMMIT was sent means the
 * server rolled everything back, so the whole transaction runs once more on a fresh connection;
 * one lost during COMMIT leaves the outcome unknown and is reported as such, never re-run.
 */
export async function runTransaction<T>(dataSource: DataSource, logger: Logger, work: (em: EntityManager) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const runner = dataSource.createQueryRunner();
    let committing = false;
    try {
      await runner.startTransaction();
      const result = await work(runner.manager);
      committing = true;
      await runner.commitTransaction();
      return result;
    } catch (err) {
      if (runner.isTransactionActive && !committing) await runner.rollbackTransaction().catch(() => undefined);
      if (!isConnectionLoss(err)) throw err;
      if (committing) {
        throw Object.assign(
          new DomainError(
            'DATABASE.COMMIT_UNCONFIRMED',
            'The database connection was lost while saving; the change may or may not have been saved — check before retrying',
            { retryable: false },
          ),
          { cause: err },
        );
      }
      if (attempt >= 2) throw connectionLost(err);
      logger.warn({ err }, 'database connection lost inside a transaction; running it again on a fresh connection');
    } finally {
      await runner.release().catch(() => undefined);
    }
  }
}
