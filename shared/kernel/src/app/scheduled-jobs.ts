import type { Database } from '../db/database';
import type { Logger } from '../observability/logger';
import { RUN_LEASE_MS, claimJobRun, endJobRun, renewJobRun } from './job-lease';

/** A recurring job of a subgraph (no-show sweep, SLA escalation …). */
export interface ScheduledJob {
  name: string;
  everyMs: number;
  /** Must be safe to run again after a crash; the scheduler never runs one job twice at once. */
  run(): Promise<unknown>;
}

/**
 * Runs a subgraph's jobs on their intervals. On PostgreSQL each run first claims the job's row
 * in kernel_job_runs (job-lease.ts), so among several replicas only one runs a given job at a
 * time — a replica that finds it claimed skips that turn — and an interval tick also finds
 * whether the job already ran this interval: with N replicas a job runs once per interval, not N
 * times. The claim is a lease renewed while the run works, so no connection is held meanwhile.
 * stop() waits for runs in progress.
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
    const ds = this.db.dataSource;
    const started = await claimJobRun(ds, job.name, job.everyMs, leased);
    if (started === undefined) return; // another replica runs it, or already ran it this interval
    // the lease, not a connection, keeps the job ours: a run may wait on partners for long
    const renewal = setInterval(() => {
      renewJobRun(ds, job.name, started).catch((err) => this.logger.warn({ err, job: job.name }, 'job lease not renewed'));
    }, RUN_LEASE_MS / 3);
    renewal.unref();
    let failed = true;
    try {
      await job.run();
      failed = false;
    } finally {
      clearInterval(renewal);
      // not thrown over the run's own error: an end not written runs out with the lease
      await endJobRun(ds, job.name, started, failed).catch((err) => this.logger.warn({ err, job: job.name }, 'job lease not released'));
    }
  }
}
