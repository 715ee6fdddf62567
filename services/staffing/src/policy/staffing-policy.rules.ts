/*
 * The staffing policy of one property: rest rules, grace periods and the time zone shifts are
 * planned in. Configurable per property; these defaults apply until HR sets its own.
 */
import { isTimeZone } from '@hotelops/kernel/rules';

export interface StaffingPolicy {
  /** IANA zone the property's rosters and clocks are read in */
  timeZone: string;
  /** minimum rest between the end of one shift and the start of the next */
  minRestMinutes: number;
  /** maximum paid minutes per ISO week (Monday to Sunday) */
  maxWeeklyMinutes: number;
  /** a clock-in up to this many minutes after the start is on time */
  lateGraceMinutes: number;
  /** a clock-out up to this many minutes before the end is not an early leave */
  earlyLeaveGraceMinutes: number;
  /** minutes past the end before extra time counts as overtime */
  overtimeThresholdMinutes: number;
  /** how long before a shift's start a clock-in is taken for that shift */
  clockInWindowMinutes: number;
}

export const DEFAULT_POLICY: StaffingPolicy = {
  timeZone: 'Asia/Shanghai',
  minRestMinutes: 11 * 60,
  maxWeeklyMinutes: 48 * 60,
  lateGraceMinutes: 5,
  earlyLeaveGraceMinutes: 5,
  overtimeThresholdMinutes: 15,
  clockInWindowMinutes: 120,
};

/** Why a time zone name is not usable, or null. */
export function timeZoneProblem(zone: string): string | null {
  return isTimeZone(zone) ? null : `unknown time zone ${zone} (use an IANA name such as Asia/Shanghai)`;
}
