import type { ScheduledJob, ServiceDeps } from '@hotelops/kernel';
import type { GroupBlockService } from './group-block.service';

export const BLOCK_RELEASE_EVERY_MS = 300_000;

/**
 * Returns the unbooked rooms of group blocks whose release date has come (property time) to
 * general availability; run by the kernel's scheduler. Safe to repeat: each block is locked and
 * re-checked, so it is released once.
 */
export function blockReleaseJob(blocks: GroupBlockService, deps: ServiceDeps): ScheduledJob {
  return {
    name: 'group-block-release',
    everyMs: BLOCK_RELEASE_EVERY_MS,
    run: async () => {
      const released = await blocks.releaseDue();
      if (released.length) deps.logger.info({ blocks: released.map((b) => b.code) }, 'released group blocks');
      return released.length;
    },
  };
}
