import type { ServiceDeps } from '@hotelops/kernel';
import { SlaEscalationService } from './sla-escalation.service';

/**
 * Runs the escalation sweep over every property on a fixed interval. Runs never overlap in one
 * process; across replicas they may, which the sweep tolerates (row locks, re-check under lock).
 */
export function scheduleSlaSweep(deps: ServiceDeps, everyMs: number): { stop(): Promise<void> } {
  const escalation = new SlaEscalationService(deps);
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      try {
        const r = await escalation.sweep();
        if (r.escalations > 0) deps.logger.info(r, 'SLA sweep escalated cases');
      } catch (err) {
        deps.logger.error({ err }, 'SLA sweep failed');
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
