import type { Logger, ScheduledJob } from '@hotelops/kernel';
import type { SlaEscalationService } from './sla-escalation.service';

/** Once a minute: a sweep with nothing due costs about a millisecond (see infra/src/bench/care). */
export const SLA_SWEEP_EVERY_MS = 60_000;

/**
 * The SLA escalation sweep over every property, run by the kernel's scheduler in embedded and
 * production mode alike (one replica at a time on PostgreSQL). A run is safe to repeat: the
 * sweep re-checks each case under its row lock.
 */
export function slaSweepJob(escalation: SlaEscalationService, logger: Logger): ScheduledJob {
  return {
    name: 'sla-escalation-sweep',
    everyMs: SLA_SWEEP_EVERY_MS,
    run: async () => {
      const r = await escalation.sweep();
      if (r.escalations > 0) logger.info(r, 'SLA sweep escalated cases');
      return r;
    },
  };
}
