import type { ServiceDeps } from '@hotelops/kernel';
import { NoShowService } from '../reservation/no-show.service';

/** Runs the no-show sweep over every property on a fixed interval; runs never overlap in one process. */
export function scheduleNoShowSweep(deps: ServiceDeps, everyMs: number): { stop(): Promise<void> } {
  const noShows = new NoShowService(deps);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      try {
        const marked = await noShows.sweep();
        if (marked.length) deps.logger.info({ count: marked.length }, 'no-show sweep marked reservations');
      } catch (err) {
        deps.logger.error({ err }, 'no-show sweep failed');
      }
    });
  }, everyMs);
  timer.unref();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
