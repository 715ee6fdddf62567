import type { DataSource } from 'typeorm';

/**
 * Share of a job's interval that must have passed since its last start (on any replica) before
 * an interval tick starts it again. Below 1 so that one replica whose timer fires a little early
 * relative to the last recorded start does not skip a whole turn.
 */
export const LEASE_SHARE = 0.9;

/**
 * How long a run holds its job without renewing (renewed every third of it while it runs): a
 * replica that dies mid-run keeps the job from the others at most this long.
 */
export const RUN_LEASE_MS = 60_000;

const NOW_MS = '(extract(epoch from clock_timestamp()) * 1000)::bigint';

/**
 * Claims a run of `job` (PostgreSQL, one statement in its own transaction): succeeds when no run
 * holds the job (or the last one's lease ran out) and, for an interval tick (`leased`), when the
 * last start — by the database's clock, one clock for every replica — is at least LEASE_SHARE ×
 * everyMs ago. Returns the run's start (its lease's identity) or undefined when another replica
 * runs the job or already ran it this interval. No connection is held after it returns.
 */
export async function claimJobRun(ds: DataSource, job: string, everyMs: number, leased: boolean): Promise<string | undefined> {
  const rows: { started: string }[] = await ds.query(
    `INSERT INTO kernel_job_runs (job, last_started_ms, running_until_ms)
     VALUES ($1, ${NOW_MS}, ${NOW_MS} + $2)
     ON CONFLICT (job) DO UPDATE SET last_started_ms = EXCLUDED.last_started_ms, running_until_ms = EXCLUDED.running_until_ms
       WHERE kernel_job_runs.running_until_ms <= EXCLUDED.last_started_ms
         AND kernel_job_runs.last_started_ms <= EXCLUDED.last_started_ms - $3
     RETURNING CAST(last_started_ms AS VARCHAR) AS started`,
    [job, RUN_LEASE_MS, leased ? Math.floor(everyMs * LEASE_SHARE) : 0],
  );
  return rows[0]?.started;
}

/** Extends the lease of the run that started at `started`, while it still holds it. */
export async function renewJobRun(ds: DataSource, job: string, started: string): Promise<void> {
  await ds.query(`UPDATE kernel_job_runs SET running_until_ms = ${NOW_MS} + $3 WHERE job = $1 AND last_started_ms = $2`, [
    job,
    started,
    RUN_LEASE_MS,
  ]);
}

/**
 * Ends the run that started at `started`: the job is free again. A failed run also gives its
 * interval back (the next tick, on any replica, runs the job again).
 */
export async function endJobRun(ds: DataSource, job: string, started: string, failed: boolean): Promise<void> {
  await ds.query(
    `UPDATE kernel_job_runs SET running_until_ms = 0${failed ? ', last_started_ms = 0' : ''} WHERE job = $1 AND last_started_ms = $2`,
    [job, started],
  );
}
