import type { ServiceDeps } from '@hotelops/kernel';
import { GroupBlockService } from '../group/group-block.service';

/** Releases group blocks whose release date has come, on a fixed interval; runs never overlap in one process. */
export function scheduleBlockRelease(deps: ServiceDeps, everyMs: number): { stop(): Promise<void> } {
  const blocks = new GroupBlockService(deps);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      try {
        const released = await blocks.releaseDue();
        if (released.length) deps.logger.info({ blocks: released.map((b) => b.code) }, 'released group blocks');
      } catch (err) {
        deps.logger.error({ err }, 'block release failed');
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
