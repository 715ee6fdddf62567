/*
 * Pure outlet rules: the outlet vocabulary and service periods. No I/O, no frameworks.
 */

export const OUTLET_KINDS = ['RESTAURANT', 'BAR', 'ROOM_SERVICE', 'BANQUET', 'CAFE'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

export interface PeriodHours {
  startsAt: string;
  endsAt: string;
}

/** Why opening hours are not acceptable, or null. A period may run past midnight (22:00–02:00). */
export function hoursProblem(p: PeriodHours): string | null {
  if (!HHMM.test(p.startsAt) || !HHMM.test(p.endsAt)) return `hours must be HH:MM, got ${p.startsAt}–${p.endsAt}`;
  if (p.startsAt === p.endsAt) return 'a service period cannot start and end at the same time';
  return null;
}

/** Whether a local wall-clock time 'HH:MM' falls in [startsAt, endsAt), wrapping past midnight. */
export function withinHours(p: PeriodHours, time: string): boolean {
  return p.startsAt < p.endsAt ? time >= p.startsAt && time < p.endsAt : time >= p.startsAt || time < p.endsAt;
}
