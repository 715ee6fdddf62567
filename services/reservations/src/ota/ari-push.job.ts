import type { ScheduledJob, ServiceDeps } from '@hotelops/kernel';
import type { AriPushService } from './ari-push.service';

export const ARI_PUSH_EVERY_MS = 5_000;

/**
 * Sends the ARI deltas owed to partner endpoints. The kernel runs it on one replica at a time
 * (a renewed lease in kernel_job_runs), so a delta is not sent by two replicas at once;
 * a crash between a partner's Success and our write only means that batch is sent again.
 */
export function ariPushJob(push: AriPushService, deps: ServiceDeps): ScheduledJob {
  return {
    name: 'ota-ari-push',
    everyMs: ARI_PUSH_EVERY_MS,
    run: async () => {
      const delivered = await push.deliverDue();
      if (delivered) deps.logger.info({ delivered }, 'pushed ARI deltas to partners');
      return delivered;
    },
  };
}
