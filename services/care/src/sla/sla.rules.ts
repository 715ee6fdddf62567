/*
 * Pure SLA rules: targets from a policy, clocks that pause while waiting on the guest, and the
 * escalation chain agent → supervisor → duty manager → department manager. No I/O.
 */
import { ANY_CATEGORY } from '../case/case.rules';

/** A policy for ANY_CATEGORY covers every category of its severity that has no policy of its own. */

export interface SlaTargets {
  firstResponseMinutes: number;
  resolutionMinutes: number;
  /** How long before a target the case counts as "about to breach" (escalates to the supervisor). */
  warnBeforeMinutes: number;
  /** How long past a breached target before the department manager is brought in. */
  escalateAfterMinutes: number;
}

/** Index = escalation level. Level 0 is the agent working the case. */
export const ESCALATION_TIERS = ['AGENT', 'SUPERVISOR', 'DUTY_MANAGER', 'DEPARTMENT_MANAGER'] as const;
export type EscalationTier = (typeof ESCALATION_TIERS)[number];
export const MAX_ESCALATION_LEVEL = ESCALATION_TIERS.length - 1;

/** Who is notified when a case reaches a level (the event's `escalatedTo`). */
export const ESCALATED_TO = ['care-agent', 'care-supervisor', 'duty-manager', 'department-manager'] as const;

/** No SLA target or escalation delay reaches beyond a year (minutes). */
export const SLA_MAX_MINUTES = 525_600;

export const SLA_CLOCKS = ['FIRST_RESPONSE', 'RESOLUTION'] as const;
export type SlaClockName = (typeof SLA_CLOCKS)[number];

/** The SLA state a case carries. Due times already include every pause taken so far. */
export interface SlaState {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
  firstResponseAt: Date | null;
  pausedAt: Date | null;
  escalationLevel: number;
  warnBeforeMinutes: number;
  escalateAfterMinutes: number;
  /** Still being worked (not RESOLVED/CLOSED). */
  open: boolean;
}

const MINUTE = 60_000;
const plus = (d: Date, minutes: number) => new Date(d.getTime() + minutes * MINUTE);

/** Why targets are unacceptable, or null. Targets are whole minutes; resolution never before first response. */
export function targetsProblem(t: SlaTargets): string | null {
  for (const [name, v] of Object.entries(t)) {
    if (!Number.isInteger(v) || v < 0) return `${name} must be a whole number of minutes ≥ 0 (got ${v})`;
  }
  if (t.firstResponseMinutes < 1) return 'firstResponseMinutes must be at least 1';
  if (t.resolutionMinutes < t.firstResponseMinutes)
    return `resolutionMinutes (${t.resolutionMinutes}) must not be shorter than firstResponseMinutes (${t.firstResponseMinutes})`;
  return null;
}

/** The most specific policy: the exact category, else the '*' policy of the severity. */
export function pickPolicy<P extends { category: string }>(policies: readonly P[], category: string): P | null {
  return policies.find((p) => p.category === category) ?? policies.find((p) => p.category === ANY_CATEGORY) ?? null;
}

/** Targets start when the case opens. */
export function startClocks(openedAt: Date, t: SlaTargets): { firstResponseDueAt: Date; resolutionDueAt: Date } {
  return { firstResponseDueAt: plus(openedAt, t.firstResponseMinutes), resolutionDueAt: plus(openedAt, t.resolutionMinutes) };
}

/** The next target still to meet: first response while unanswered, then resolution. Null when nothing is running. */
export function nextDue(s: SlaState): { clock: SlaClockName; at: Date } | null {
  if (!s.open || s.pausedAt || !s.resolutionDueAt) return null;
  if (!s.firstResponseAt && s.firstResponseDueAt && s.firstResponseDueAt < s.resolutionDueAt)
    return { clock: 'FIRST_RESPONSE', at: s.firstResponseDueAt };
  return { clock: 'RESOLUTION', at: s.resolutionDueAt };
}

/** When each level is reached for a target: warn window before it, the target itself, then the grace after it. */
function thresholds(dueAt: Date, s: Pick<SlaState, 'warnBeforeMinutes' | 'escalateAfterMinutes'>): Date[] {
  return [dueAt, plus(dueAt, -s.warnBeforeMinutes), dueAt, plus(dueAt, s.escalateAfterMinutes)];
}

/** The level the case should be at now (never below its current one: escalation does not unwind). */
export function levelDue(s: SlaState, now: Date): { level: number; clock: SlaClockName; dueAt: Date; breached: boolean } | null {
  const due = nextDue(s);
  if (!due) return null;
  const t = thresholds(due.at, s);
  let level = s.escalationLevel;
  for (let l = level + 1; l <= MAX_ESCALATION_LEVEL; l++) if (t[l] <= now) level = l;
  return { level, clock: due.clock, dueAt: due.at, breached: due.at < now };
}

/** When the sweep next has something to do for this case; null when never (closed, paused, top level). */
export function nextEscalationAt(s: SlaState): Date | null {
  const due = nextDue(s);
  if (!due || s.escalationLevel >= MAX_ESCALATION_LEVEL) return null;
  return thresholds(due.at, s)[s.escalationLevel + 1];
}

/**
 * Ends a pause: every target not yet met moves later by the time spent waiting on the guest,
 * so waiting never counts against the team.
 */
export function afterPause(
  s: Pick<SlaState, 'firstResponseDueAt' | 'resolutionDueAt' | 'firstResponseAt' | 'pausedAt'>,
  now: Date,
): {
  firstResponseDueAt: Date | null;
  resolutionDueAt: Date | null;
} {
  if (!s.pausedAt) return { firstResponseDueAt: s.firstResponseDueAt, resolutionDueAt: s.resolutionDueAt };
  const waited = Math.max(0, now.getTime() - s.pausedAt.getTime()) / MINUTE;
  return {
    firstResponseDueAt: s.firstResponseDueAt && !s.firstResponseAt ? plus(s.firstResponseDueAt, waited) : s.firstResponseDueAt,
    resolutionDueAt: s.resolutionDueAt ? plus(s.resolutionDueAt, waited) : null,
  };
}

/** Whether a met target was met in time; null when the case had no such target or it is not met yet. */
export function metWithin(dueAt: Date | null, metAt: Date | null): boolean | null {
  if (!dueAt || !metAt) return null;
  return metAt <= dueAt;
}
