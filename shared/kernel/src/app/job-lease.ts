import type { QueryRunner } from 'typeorm';

/**
 * Share of a job's interval that must have passed since its last start (on any replica) before
 * an interval tick starts it again. Below 1 so that one replica whose timer fires a little early
 * relative to the last recorded start does not skip a whole turn.
 */
export const LEASE_SHARE = 0.9;

/**
 * Claims this interval's run of `job` (PostgreSQL, inside the transaction holding the job's
 * advisory lock): records the start and returns true when the last start, by the database's clock
 * (one clock for every replica), is at least LEASE_SHARE × everyMs ago; false when another replica
 * already ran it this interval.
 */
export async function claimJobRun(qr: QueryRunner, job: string, everyMs: number): Promise<boolean> {
  const rows: unknown[] = await qr.query(
    `INSERT INTO kernel_job_runs (job, last_started_ms)
     VALUES ($1, (extract(epoch from clock_timestamp()) * 1000)::bigint)
     ON CONFLICT (job) DO UPDATE SET last_started_ms = EXCLUDED.last_started_ms
       WHERE kernel_job_runs.last_started_ms <= EXCLUDED.last_started_ms - $2
     RETURNING job`,
    [job, Math.floor(everyMs * LEASE_SHARE)],
  );
  return rows.length === 1;
}
