import type { CaseEntity } from '../case/case.entity';
import type { CaseStatus } from '../case/case.rules';
import { isOpen } from '../case/case.rules';
import type { SlaPolicyEntity } from './sla-policy.entity';
import { ESCALATION_TIERS, afterPause, metWithin, nextDue, nextEscalationAt, startClocks, type SlaState } from './sla.rules';

/*
 * The SLA fields of a case entity, kept in step with the pure rules. Every change of a case goes
 * through refreshSla, so the derived columns the sweep and the watchlist read are never stale.
 */

export function slaStateOf(c: CaseEntity): SlaState {
  return {
    firstResponseDueAt: c.firstResponseDueAt,
    resolutionDueAt: c.resolutionDueAt,
    firstResponseAt: c.firstResponseAt,
    pausedAt: c.slaPausedAt,
    escalationLevel: c.escalationLevel,
    warnBeforeMinutes: c.slaWarnMinutes,
    escalateAfterMinutes: c.slaEscalateMinutes,
    open: isOpen(c.status),
  };
}

/** Copies the policy's targets onto a case opening at `openedAt`; no policy leaves the case without an SLA. */
export function applyPolicy(c: CaseEntity, policy: SlaPolicyEntity | null, openedAt: Date): void {
  c.slaPolicyId = policy?.id ?? null;
  const due = policy ? startClocks(openedAt, policy) : { firstResponseDueAt: null, resolutionDueAt: null };
  c.firstResponseDueAt = due.firstResponseDueAt;
  c.resolutionDueAt = due.resolutionDueAt;
  c.slaWarnMinutes = policy?.warnBeforeMinutes ?? 0;
  c.slaEscalateMinutes = policy?.escalateAfterMinutes ?? 0;
  c.slaPausedAt = null;
  c.escalationLevel = 0;
  refreshSla(c);
}

/** Entering WAITING_ON_GUEST stops the clocks; leaving it (for any status) moves unmet targets by the wait. */
export function onStatusChange(c: CaseEntity, from: CaseStatus, to: CaseStatus, now: Date): void {
  if (!c.slaPolicyId || from === to) return;
  if (to === 'WAITING_ON_GUEST') c.slaPausedAt = now;
  else if (from === 'WAITING_ON_GUEST') {
    Object.assign(c, afterPause(slaStateOf(c), now));
    c.slaPausedAt = null;
  }
}

/** Recomputes the derived columns: the next unmet target and when the sweep should next look. */
export function refreshSla(c: CaseEntity): void {
  const s = slaStateOf(c);
  c.slaDueAt = nextDue(s)?.at ?? null;
  c.nextEscalationAt = nextEscalationAt(s);
}

/** The clocks as a client sees them at `now`; null when the case has no SLA. */
export function slaViewOf(c: CaseEntity, now: Date) {
  if (!c.slaPolicyId) return null;
  const due = nextDue(slaStateOf(c));
  return {
    policyId: c.slaPolicyId,
    firstResponseDueAt: c.firstResponseDueAt,
    resolutionDueAt: c.resolutionDueAt,
    runningClock: due?.clock ?? null,
    dueAt: due?.at ?? null,
    paused: c.slaPausedAt !== null,
    breached: due ? due.at < now : false,
    firstResponseMet: metWithin(c.firstResponseDueAt, c.firstResponseAt),
    resolutionMet: metWithin(c.resolutionDueAt, c.resolvedAt),
    escalationLevel: c.escalationLevel,
    escalatedTo: ESCALATION_TIERS[c.escalationLevel],
  };
}
