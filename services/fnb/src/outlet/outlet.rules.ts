/*
 * Pure outlet rules: the outlet vocabulary and service periods. No I/O, no frameworks.
 */

export const OUTLET_KINDS = ['RESTAURANT', 'BAR', 'ROOM_SERVICE', 'BANQUET', 'CAFE'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

import { localTime } from '../calendar/calendar.rules';

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;
/** The end of the local day: a period may end at 24:00, so 00:00–24:00 runs around the clock (room service). */
export const END_OF_DAY = '24:00';

export interface PeriodHours {
  startsAt: string;
  endsAt: string;
}

/** Why opening hours are not acceptable, or null. A period may run past midnight (22:00–02:00). */
export function hoursProblem(p: PeriodHours): string | null {
  const endOk = HHMM.test(p.endsAt) || p.endsAt === END_OF_DAY;
  if (!HHMM.test(p.startsAt) || !endOk) return `hours must be HH:MM (an end may be 24:00), got ${p.startsAt}–${p.endsAt}`;
  if (p.startsAt === p.endsAt) return 'a service period cannot start and end at the same time';
  return null;
}

/** Whether a local wall-clock time 'HH:MM' falls in [startsAt, endsAt), wrapping past midnight. */
export function withinHours(p: PeriodHours, time: string): boolean {
  return p.startsAt < p.endsAt ? time >= p.startsAt && time < p.endsAt : time >= p.startsAt || time < p.endsAt;
}

const MINUTE = 60_000;

/**
 * The latest instant at or before `now`, looking back a day in steps of five minutes, at which one
 * of the periods is open (in the outlet's time zone) and still will be `marginMinutes` later;
 * null when none is. The demo hotel stages "today" there, whatever hour a newcomer starts it.
 */
export function lastInstantWithin(periods: readonly PeriodHours[], now: Date, timeZone: string, marginMinutes = 15): Date | null {
  const open = (t: Date) => periods.some((p) => withinHours(p, localTime(t, timeZone)));
  for (let back = 0; back <= 24 * 60; back += 5) {
    const t = new Date(now.getTime() - back * MINUTE);
    if (open(t) && open(new Date(t.getTime() + marginMinutes * MINUTE))) return t;
  }
  return null;
}
