import type { ScheduledJob, ServiceDeps } from '@hotelops/kernel';
import type { NoShowService } from './no-show.service';

/** Every five minutes: cut-offs are per property and local time, so the sweep runs often and marks what is due. */
export const NO_SHOW_SWEEP_EVERY_MS = 300_000;

/**
 * The no-show sweep over every property, run by the kernel's scheduler in embedded and
 * production mode alike (one replica at a time on PostgreSQL). Safe to repeat: each stay is
 * locked and its status re-checked, so it is marked and charged once.
 */
export function noShowJob(noShows: NoShowService, deps: ServiceDeps): ScheduledJob {
  return {
    name: 'no-show-sweep',
    everyMs: NO_SHOW_SWEEP_EVERY_MS,
    run: async () => {
      const marked = await noShows.sweep();
      if (marked.length) deps.logger.info({ count: marked.length }, 'no-show sweep marked reservations');
      return marked.length;
    },
  };
}
