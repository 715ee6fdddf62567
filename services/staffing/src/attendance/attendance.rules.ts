/*
 * Attendance classification (出勤) of one rostered shift against the clock: late, early leave,
 * absence and overtime, with the policy's grace periods. Times are local minutes (see
 * local-time.rules). Pure.
 */
import type { StaffingPolicy } from '../policy/staffing-policy.rules';

export const ATTENDANCE_OUTCOMES = ['SCHEDULED', 'ON_DUTY', 'PRESENT', 'LATE', 'EARLY_LEAVE', 'LATE_AND_EARLY_LEAVE', 'ABSENT'] as const;
export type AttendanceOutcome = (typeof ATTENDANCE_OUTCOMES)[number];

export interface Classification {
  outcome: AttendanceOutcome;
  /** minutes after the start the person clocked in (0 when on time or early) */
  lateMinutes: number;
  /** minutes before the end the person clocked out */
  earlyLeaveMinutes: number;
  /** minutes past the end beyond the threshold */
  overtimeMinutes: number;
  /** clocked minutes less the shift's break */
  workedMinutes: number;
}

export type GracePolicy = Pick<StaffingPolicy, 'lateGraceMinutes' | 'earlyLeaveGraceMinutes' | 'overtimeThresholdMinutes'>;

/**
 * One shift's attendance. A clock-in within the grace period is on time; no clock-in by the end of
 * the shift is an absence; before that the shift is still SCHEDULED. Lateness counts whole minutes
 * from the start (a 7-minute late arrival with 5 minutes' grace is 7 minutes late).
 */
export function classifyAttendance(
  shift: { startMin: number; endMin: number; breakMinutes: number },
  clock: { inMin: number | null; outMin: number | null },
  policy: GracePolicy,
  nowMin: number,
): Classification {
  const zero = { lateMinutes: 0, earlyLeaveMinutes: 0, overtimeMinutes: 0, workedMinutes: 0 };
  if (clock.inMin === null) return { ...zero, outcome: nowMin >= shift.endMin ? 'ABSENT' : 'SCHEDULED' };
  const lateBy = Math.max(0, clock.inMin - shift.startMin);
  const late = lateBy > policy.lateGraceMinutes;
  if (clock.outMin === null) return { ...zero, outcome: 'ON_DUTY', lateMinutes: late ? lateBy : 0 };
  const earlyBy = Math.max(0, shift.endMin - clock.outMin);
  const early = earlyBy > policy.earlyLeaveGraceMinutes;
  const beyond = Math.max(0, clock.outMin - shift.endMin);
  const worked = Math.max(0, clock.outMin - clock.inMin - shift.breakMinutes);
  return {
    outcome: late && early ? 'LATE_AND_EARLY_LEAVE' : late ? 'LATE' : early ? 'EARLY_LEAVE' : 'PRESENT',
    lateMinutes: late ? lateBy : 0,
    earlyLeaveMinutes: early ? earlyBy : 0,
    overtimeMinutes: beyond > policy.overtimeThresholdMinutes ? beyond : 0,
    workedMinutes: worked,
  };
}

export interface MonthlySummary {
  shifts: number;
  present: number;
  late: number;
  lateMinutes: number;
  earlyLeaves: number;
  earlyLeaveMinutes: number;
  absences: number;
  overtimeMinutes: number;
  workedMinutes: number;
  scheduledMinutes: number;
}

/** Sums one person's classified shifts of a month. */
export function summarize(rows: readonly (Classification & { scheduledMinutes: number })[]): MonthlySummary {
  const s: MonthlySummary = {
    shifts: rows.length,
    present: 0,
    late: 0,
    lateMinutes: 0,
    earlyLeaves: 0,
    earlyLeaveMinutes: 0,
    absences: 0,
    overtimeMinutes: 0,
    workedMinutes: 0,
    scheduledMinutes: 0,
  };
  for (const r of rows) {
    if (r.outcome === 'ABSENT') s.absences++;
    else if (r.outcome !== 'SCHEDULED') s.present++;
    if (r.lateMinutes) s.late++;
    if (r.earlyLeaveMinutes) s.earlyLeaves++;
    s.lateMinutes += r.lateMinutes;
    s.earlyLeaveMinutes += r.earlyLeaveMinutes;
    s.overtimeMinutes += r.overtimeMinutes;
    s.workedMinutes += r.workedMinutes;
    s.scheduledMinutes += r.scheduledMinutes;
  }
  return s;
}
