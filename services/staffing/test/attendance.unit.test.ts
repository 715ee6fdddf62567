import { classifyAttendance, summarize } from '../src/attendance/attendance.rules';
import { DEFAULT_POLICY } from '../src/policy/staffing-policy.rules';
import { shiftSpan } from '../src/calendar/local-time.rules';

const policy = { ...DEFAULT_POLICY, lateGraceMinutes: 5, earlyLeaveGraceMinutes: 5, overtimeThresholdMinutes: 15 };
const s = { ...shiftSpan('2026-12-01', '07:00', '15:00'), breakMinutes: 60 };
const at = (m: number) => s.startMin + m;

describe('attendance classification', () => {
  it('is on time within the grace period and late after it, counting from the start', () => {
    expect(classifyAttendance(s, { inMin: at(5), outMin: s.endMin }, policy, s.endMin)).toMatchObject({
      outcome: 'PRESENT',
      lateMinutes: 0,
      workedMinutes: 415,
    });
    expect(classifyAttendance(s, { inMin: at(7), outMin: s.endMin }, policy, s.endMin)).toMatchObject({ outcome: 'LATE', lateMinutes: 7 });
  });

  it('finds early leave, overtime past the threshold, and both lateness and early leave', () => {
    expect(classifyAttendance(s, { inMin: at(-10), outMin: s.endMin - 30 }, policy, s.endMin)).toMatchObject({
      outcome: 'EARLY_LEAVE',
      earlyLeaveMinutes: 30,
    });
    expect(classifyAttendance(s, { inMin: at(0), outMin: s.endMin + 10 }, policy, s.endMin + 10).overtimeMinutes).toBe(0);
    expect(classifyAttendance(s, { inMin: at(0), outMin: s.endMin + 45 }, policy, s.endMin + 45).overtimeMinutes).toBe(45);
    expect(classifyAttendance(s, { inMin: at(20), outMin: s.endMin - 20 }, policy, s.endMin).outcome).toBe('LATE_AND_EARLY_LEAVE');
  });

  it('is scheduled until the shift ends without a clock-in, then absent; on duty while clocked in', () => {
    expect(classifyAttendance(s, { inMin: null, outMin: null }, policy, at(60)).outcome).toBe('SCHEDULED');
    expect(classifyAttendance(s, { inMin: null, outMin: null }, policy, s.endMin).outcome).toBe('ABSENT');
    expect(classifyAttendance(s, { inMin: at(30), outMin: null }, policy, at(60))).toMatchObject({ outcome: 'ON_DUTY', lateMinutes: 30 });
  });

  it('sums a month', () => {
    const rows = [
      classifyAttendance(s, { inMin: at(7), outMin: s.endMin + 30 }, policy, s.endMin + 30),
      classifyAttendance(s, { inMin: null, outMin: null }, policy, s.endMin),
      classifyAttendance(s, { inMin: at(0), outMin: s.endMin }, policy, s.endMin),
    ].map((c) => ({ ...c, scheduledMinutes: 420 }));
    expect(summarize(rows)).toEqual({
      shifts: 3,
      present: 2,
      late: 1,
      lateMinutes: 7,
      earlyLeaves: 0,
      earlyLeaveMinutes: 0,
      absences: 1,
      overtimeMinutes: 30,
      workedMinutes: 443 + 420,
      scheduledMinutes: 1260,
    });
  });
});
