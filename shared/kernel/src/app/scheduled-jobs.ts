import type { Database } from '../db/database';
import type { Logger } from '../observability/logger';
import { claimJobRun } from './job-lease';

/** A recurring job of a subgraph (no-show sweep, SLA escalation …). */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Must be safe to run again after a crash; the scheduler never runs one job twice at once. */
  run(): Promise<unknown>;
}

/** Stable advisory-lock key for a job name. */
function lockKey(service: string, job: string): number {
  let h = 9_157_001;
  for (const ch of `${service}:${job}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/**
 * Runs a subgraph's jobs on their intervals. On PostgreSQL each run holds an advisory lock,
 * so among several replicas only one runs a given job at a time; a replica that finds the lock
 * taken skips that turn. An interval tick also takes the job's lease (job-lease.ts, table
 * kernel_job_runs): with N replicas a job runs once per interval, not N times. stop() waits for
 * runs in progress.
 */
export class JobScheduler {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly running = new Set<Promise<void>>();
  private stopped = false;

  constructor(
    private readonly db: Database,
    private readonly logger: Logger,
    private readonly jobs: ScheduledJob[],
  ) {}

  start(): void {
    this.stopped = false;
    for (const job of this.jobs) {
      const timer = setInterval(() => void this.run(job, true), job.everyMs);
      timer.unref();
      this.timers.add(timer);
    }
  }

  /** Runs one job now, whatever its lease says (tests, operators). Resolves when it has run or was skipped. */
  trigger(job: ScheduledJob): Promise<void> {
    return this.run(job, false);
  }

  /** An interval's turn: runs unless another replica already ran the job this interval. */
  tick(job: ScheduledJob): Promise<void> {
    return this.run(job, true);
  }

  private run(job: ScheduledJob, leased: boolean): Promise<void> {
    if (this.stopped) return Promise.resolve();
    const run = this.runOnce(job, leased).catch((err) => this.logger.error({ err, job: job.name }, 'scheduled job failed'));
    this.running.add(run);
    return run.finally(() => this.running.delete(run));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.clear();
    await Promise.all([...this.running]);
  }

  private async runOnce(job: ScheduledJob, leased: boolean): Promise<void> {
    if (!this.db.isPostgres) {
      await job.run();
      return;
    }
    const qr = this.db.dataSource.createQueryRunner();
    try {
      await qr.startTransaction();
      const [{ locked }] = await qr.query('SELECT pg_try_advisory_xact_lock($1) AS locked', [lockKey(this.db.service, job.name)]);
      // the lease is written in this transaction: a failed run rolls it back, the next tick retries
      if (locked && (!leased || (await claimJobRun(qr, job.name, job.everyMs)))) await job.run();
      await qr.commitTransaction();
    } catch (err) {
      if (qr.isTransactionActive) await qr.rollbackTransaction();
      throw err;
    } finally {
      await qr.release();
    }
  }
}
