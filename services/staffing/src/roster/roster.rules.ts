/*
 * Roster validation (排班): what a shift asks of the person on it (position, skills, not on
 * leave, employed) and what a person's shifts together must respect (no overlap, minimum rest,
 * maximum hours per week). Every violation carries a registry code and a message a manager can act
 * on. Pure: callers load the shifts, people and leave and pass them in.
 */
import type { StaffingPolicy } from '../policy/staffing-policy.rules';
import { dateOf, formatLocal, hhmm, weekOf } from '../calendar/local-time.rules';

export const ROSTER_STATUSES = ['DRAFT', 'PUBLISHED'] as const;
export type RosterStatus = (typeof ROSTER_STATUSES)[number];

export const ROSTER_VIOLATIONS = [
  'ROSTER.SHIFT_OVERLAP',
  'ROSTER.REST_TOO_SHORT',
  'ROSTER.WEEKLY_HOURS_EXCEEDED',
  'ROSTER.POSITION_MISMATCH',
  'ROSTER.SKILL_MISSING',
  'ROSTER.SKILL_EXPIRED',
  'ROSTER.ON_LEAVE',
  'ROSTER.EMPLOYEE_INACTIVE',
] as const;
export type RosterViolationCode = (typeof ROSTER_VIOLATIONS)[number];

export interface Violation {
  code: RosterViolationCode;
  message: string;
  employeeId: string;
  date: string;
  shiftId: string | null;
}

/** A shift as the rules see it: local minutes, paid minutes and what it requires. */
export interface PlannedShift {
  id: string | null;
  employeeId: string;
  date: string;
  startMin: number;
  endMin: number;
  breakMinutes: number;
  /** the position the shift is for; null = any position of the department */
  positionId: string | null;
  requiredSkills: readonly string[];
}

/** What the rules know of the person: employment, position and skills with expiry. */
export interface Qualification {
  employeeId: string;
  name: string;
  active: boolean;
  positionId: string;
  skills: readonly { code: string; expiresOn: string | null }[];
}

export const paidMinutes = (s: PlannedShift) => Math.max(0, s.endMin - s.startMin - s.breakMinutes);

const span = (s: PlannedShift) => `${formatLocal(s.startMin).replace('T', ' ')}–${hhmm(s.endMin)}`;

/** What the shift asks of this person that they do not have on the shift's date. */
export function qualificationViolations(shift: PlannedShift, q: Qualification | undefined, leaveDates: ReadonlySet<string>): Violation[] {
  const v = (code: RosterViolationCode, message: string): Violation => ({
    code,
    message,
    employeeId: shift.employeeId,
    date: shift.date,
    shiftId: shift.id,
  });
  if (!q || !q.active) return [v('ROSTER.EMPLOYEE_INACTIVE', `${q?.name ?? shift.employeeId} is not an active employee`)];
  const out: Violation[] = [];
  if (shift.positionId && shift.positionId !== q.positionId) {
    out.push(v('ROSTER.POSITION_MISMATCH', `${q.name} does not hold the position the shift ${span(shift)} is for`));
  }
  for (const code of shift.requiredSkills) {
    const held = q.skills.filter((s) => s.code === code);
    if (!held.length) out.push(v('ROSTER.SKILL_MISSING', `${q.name} lacks ${code}, required for the shift ${span(shift)}`));
    else if (held.every((s) => s.expiresOn !== null && s.expiresOn < shift.date)) {
      const latest = held
        .map((s) => s.expiresOn!)
        .sort()
        .at(-1);
      out.push(v('ROSTER.SKILL_EXPIRED', `${q.name}'s ${code} expired on ${latest}, before the shift on ${shift.date}`));
    }
  }
  // A night shift that runs into a leave day also collides with the leave.
  const lastDay = dateOf(shift.endMin - 1);
  const onLeave = [shift.date, lastDay].find((d) => leaveDates.has(d));
  if (onLeave) out.push(v('ROSTER.ON_LEAVE', `${q.name} is on approved leave on ${onLeave}`));
  return out;
}

/**
 * Overlap, rest and weekly hours across one person's shifts. `shifts` may be in any order;
 * violations name the later shift of a pair (and the last shift of an over-long week).
 */
export function sequenceViolations(shifts: readonly PlannedShift[], policy: StaffingPolicy, name: string): Violation[] {
  const sorted = [...shifts].sort((a, b) => a.startMin - b.startMin);
  const out: Violation[] = [];
  const at = (s: PlannedShift, code: RosterViolationCode, message: string): Violation => ({
    code,
    message,
    employeeId: s.employeeId,
    date: s.date,
    shiftId: s.id,
  });
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    const cur = sorted[i];
    const gap = cur.startMin - prev.endMin;
    if (gap < 0) {
      out.push(at(cur, 'ROSTER.SHIFT_OVERLAP', `${name}'s shift ${span(cur)} overlaps the shift ${span(prev)}`));
    } else if (gap < policy.minRestMinutes) {
      out.push(
        at(
          cur,
          'ROSTER.REST_TOO_SHORT',
          `${name} would rest ${hours(gap)} between ${span(prev)} and ${span(cur)}; at least ${hours(policy.minRestMinutes)} is required`,
        ),
      );
    }
  }
  const weeks = new Map<string, { minutes: number; last: PlannedShift }>();
  for (const s of sorted) {
    const key = weekOf(s.date);
    const w = weeks.get(key) ?? { minutes: 0, last: s };
    w.minutes += paidMinutes(s);
    w.last = s;
    weeks.set(key, w);
  }
  for (const [week, w] of weeks) {
    if (w.minutes > policy.maxWeeklyMinutes) {
      out.push(
        at(
          w.last,
          'ROSTER.WEEKLY_HOURS_EXCEEDED',
          `${name} would work ${hours(w.minutes)} in the week of ${week}; at most ${hours(policy.maxWeeklyMinutes)} is allowed`,
        ),
      );
    }
  }
  return out;
}

/**
 * Every violation of a roster: each shift against its person, each person's shifts together.
 * `context` may hold shifts of the same people outside the roster (the neighbouring months) that
 * count for rest and weekly hours but are not reported on their own.
 */
export function validateRoster(input: {
  shifts: readonly PlannedShift[];
  context?: readonly PlannedShift[];
  people: ReadonlyMap<string, Qualification>;
  leave: ReadonlyMap<string, ReadonlySet<string>>;
  policy: StaffingPolicy;
}): Violation[] {
  const none = new Set<string>();
  const out: Violation[] = [];
  const byPerson = new Map<string, PlannedShift[]>();
  for (const s of input.shifts) {
    out.push(...qualificationViolations(s, input.people.get(s.employeeId), input.leave.get(s.employeeId) ?? none));
    const list = byPerson.get(s.employeeId) ?? [];
    list.push(s);
    byPerson.set(s.employeeId, list);
  }
  const own = new Set(input.shifts);
  for (const s of input.context ?? []) byPerson.get(s.employeeId)?.push(s);
  for (const [employeeId, list] of byPerson) {
    const name = input.people.get(employeeId)?.name ?? employeeId;
    out.push(...sequenceViolations(list, input.policy, name).filter((v) => list.some((s) => own.has(s) && s.id === v.shiftId)));
  }
  return out;
}

/** What adding `candidate` to a person's shifts would break (only violations that involve it). */
export function assignmentViolations(input: {
  candidate: PlannedShift;
  others: readonly PlannedShift[];
  person: Qualification | undefined;
  leaveDates: ReadonlySet<string>;
  policy: StaffingPolicy;
}): Violation[] {
  const { candidate, person, policy } = input;
  const q = qualificationViolations(candidate, person, input.leaveDates);
  const name = person?.name ?? candidate.employeeId;
  const mine = { ...candidate, id: candidate.id ?? '(new)' };
  const sequence = sequenceViolations([...input.others, mine], policy, name).filter((v) => {
    if (v.shiftId === mine.id) return true;
    // the next shift after the candidate is reported on that shift, or a week the candidate overfills
    if (v.code === 'ROSTER.WEEKLY_HOURS_EXCEEDED') return weekOf(v.date) === weekOf(candidate.date);
    const other = input.others.find((s) => s.id === v.shiftId)!;
    return other.startMin >= mine.startMin && other.startMin - mine.endMin < policy.minRestMinutes;
  });
  return [...q, ...sequence.map((v) => ({ ...v, shiftId: candidate.id }))];
}

function hours(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
