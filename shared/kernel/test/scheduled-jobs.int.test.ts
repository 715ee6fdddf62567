import { JobScheduler, createLogger, type ScheduledJob } from '@hotelops/kernel';
import { openEffectDatabase } from '@hotelops/testing';

describe('scheduled jobs', () => {
  it('run one replica at a time on PostgreSQL: a replica that finds the job running skips its turn', async () => {
    const a = await openEffectDatabase('jobs', 'postgres');
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const job: ScheduledJob = {
      name: 'no-show-sweep',
      everyMs: 3_600_000,
      run: async () => {
        runs++;
        await gate;
      },
    };
    const logger = createLogger('test', 'silent');
    const one = new JobScheduler(a.db, logger, [job]);
    const two = new JobScheduler(a.db, logger, [job]);
    try {
      const first = one.trigger(job);
      await new Promise((r) => setTimeout(r, 300)); // the first run holds the lock now
      await two.trigger(job); // skipped: resolves while the first still runs
      expect(runs).toBe(1);
      release();
      await first;
      await two.trigger(job); // lock free again
      expect(runs).toBe(2);
    } finally {
      release();
      await one.stop();
      await two.stop();
      await a.close();
    }
  });

  it('hold no database connection while a run works (PostgreSQL), and a run whose replica died is taken over once its lease ran out', async () => {
    const a = await openEffectDatabase('jobs', 'postgres');
    let runs = 0;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const job: ScheduledJob = { name: 'ari-push', everyMs: 3_600_000, run: async () => (runs++, gate) };
    const logger = createLogger('test', 'silent');
    const one = new JobScheduler(a.db, logger, [job]);
    const two = new JobScheduler(a.db, logger, [job]);
    const database = a.db.dataSource.options.database;
    const openTransactions = async () =>
      Number(
        (
          await a.db.manager.query(`SELECT COUNT(*) AS n FROM pg_stat_activity WHERE datname = $1 AND state LIKE 'idle in transaction%'`, [
            database,
          ])
        )[0].n,
      );
    try {
      const first = one.trigger(job);
      await new Promise((r) => setTimeout(r, 300)); // the run waits on its partner now
      expect(runs).toBe(1);
      expect(await openTransactions()).toBe(0);
      await two.trigger(job); // claimed by the first: skipped
      expect(runs).toBe(1);
      // the replica running it dies: its lease is not renewed and runs out
      await a.db.manager.query(`UPDATE kernel_job_runs SET running_until_ms = 1 WHERE job = 'ari-push'`);
      const second = two.trigger(job);
      await new Promise((r) => setTimeout(r, 300));
      expect(runs).toBe(2);
      release();
      await Promise.all([first, second]);
    } finally {
      release();
      await one.stop();
      await two.stop();
      await a.close();
    }
  });

  it("give a failed run's interval back: the next tick runs the job again (PostgreSQL)", async () => {
    const a = await openEffectDatabase('jobs', 'postgres');
    let runs = 0;
    const job: ScheduledJob = {
      name: 'night-audit',
      everyMs: 3_600_000,
      run: async () => {
        if (++runs === 1) throw new Error('the first run fails');
      },
    };
    const s = new JobScheduler(a.db, createLogger('test', 'silent'), [job]);
    try {
      await s.tick(job);
      await s.tick(job); // same interval: runs again, the first failed
      await s.tick(job); // succeeded this interval: skipped
      expect(runs).toBe(2);
    } finally {
      await s.stop();
      await a.close();
    }
  });

  it('stop() waits for a run in progress', async () => {
    const h = await openEffectDatabase('jobs', 'sqlite');
    let finished = false;
    const job: ScheduledJob = {
      name: 'slow',
      everyMs: 3_600_000,
      run: () => new Promise<void>((r) => setTimeout(() => ((finished = true), r()), 200)),
    };
    const s = new JobScheduler(h.db, createLogger('test', 'silent'), [job]);
    void s.trigger(job);
    await s.stop();
    expect(finished).toBe(true);
    await h.close();
  });
});
