import type { ScheduledJob } from '@hotelops/kernel';
import type { NightAuditService } from './night-audit.service';

/** Every 15 minutes: each property's business date ends at its own local midnight. */
export const NIGHT_AUDIT_EVERY_MS = 900_000;

export function nightAuditJob(audits: NightAuditService): ScheduledJob {
  return { name: 'night-audit', everyMs: NIGHT_AUDIT_EVERY_MS, run: () => audits.sweep() };
}
