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
