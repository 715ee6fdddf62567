/*
 * Amending a published roster (改班): the shifts taken off and put on, checked by the same rules as
 * a draft (position, skills, leave, overlap, rest, weekly hours). Only violations of the people the
 * amendment touches are reported: a published roster is not re-judged for what nobody changed.
 * Pure.
 */
import { validateRoster, type PlannedShift, type Qualification, type Violation } from './roster.rules';
import type { StaffingPolicy } from '../policy/staffing-policy.rules';

export interface AmendmentProblem {
  code: 'ROSTER.AMENDMENT_EMPTY' | 'ROSTER.SHIFT_NOT_FOUND' | 'ROSTER.DATE_OUTSIDE_MONTH';
  message: string;
  field: string;
}

/** Why the amendment cannot be applied as asked (before any rule is checked), or null. */
export function amendmentProblem(input: {
  month: string;
  current: readonly { id: string }[];
  removeShiftIds: readonly string[];
  addDates: readonly string[];
}): AmendmentProblem | null {
  if (!input.removeShiftIds.length && !input.addDates.length)
    return { code: 'ROSTER.AMENDMENT_EMPTY', message: 'An amendment must add or remove at least one shift', field: 'add' };
  const known = new Set(input.current.map((s) => s.id));
  const unknown = input.removeShiftIds.find((id) => !known.has(id));
  if (unknown) return { code: 'ROSTER.SHIFT_NOT_FOUND', message: `Shift ${unknown} is not on this roster`, field: 'removeShiftIds' };
  const outside = input.addDates.find((d) => !d.startsWith(input.month));
  if (outside)
    return { code: 'ROSTER.DATE_OUTSIDE_MONTH', message: `${outside} is not in the roster's month ${input.month}`, field: 'add.date' };
  return null;
}

/**
 * The roster after the amendment, and every violation of the people it touches (those losing or
 * gaining a shift), judged on all their shifts: the roster's and, for rest and hours, `context`.
 */
export function amendmentViolations(input: {
  current: readonly PlannedShift[];
  removeShiftIds: readonly string[];
  add: readonly PlannedShift[];
  context?: readonly PlannedShift[];
  people: ReadonlyMap<string, Qualification>;
  leave: ReadonlyMap<string, ReadonlySet<string>>;
  policy: StaffingPolicy;
}): { amended: PlannedShift[]; violations: Violation[] } {
  const removed = new Set(input.removeShiftIds);
  const amended = [...input.current.filter((s) => !removed.has(s.id!)), ...input.add];
  const touched = new Set([...input.add, ...input.current.filter((s) => removed.has(s.id!))].map((s) => s.employeeId));
  const violations = validateRoster({
    shifts: amended.filter((s) => touched.has(s.employeeId)),
    context: input.context?.filter((s) => touched.has(s.employeeId)),
    people: input.people,
    leave: input.leave,
    policy: input.policy,
  });
  return { amended, violations };
}
