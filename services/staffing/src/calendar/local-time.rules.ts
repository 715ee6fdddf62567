/*
 * Local wall-clock time as whole minutes since 1970-01-01T00:00 of the property's calendar: shift
 * arithmetic (rest, overlap, weekly hours) is done on these, and clock instants are converted
 * into them with the property's time zone. Pure.
 */

const MINUTES_PER_DAY = 1440;

/** Minutes of `HH:MM`, or null when it is not a time of day. */
export function timeOfDay(hhmm: string): number | null {
  const m = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(hhmm);
  return m ? Number(m[1]) * 60 + Number(m[2]) : null;
}

/** Local minutes of the start of `date` (YYYY-MM-DD). */
export function dayStart(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 60_000;
}

/** The local date (YYYY-MM-DD) a local minute falls on. */
export function dateOf(localMinutes: number): string {
  return new Date(localMinutes * 60_000).toISOString().slice(0, 10);
}

/** `YYYY-MM-DDTHH:MM` of a local minute. */
export function formatLocal(localMinutes: number): string {
  return new Date(localMinutes * 60_000).toISOString().slice(0, 16);
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return dateOf(dayStart(date) + days * MINUTES_PER_DAY);
}

/** Every date of a month (YYYY-MM). */
export function datesOfMonth(month: string): string[] {
  const [y, m] = month.split('-').map(Number);
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => `${month}-${String(i + 1).padStart(2, '0')}`);
}

/** Monday of the ISO week a date falls in: the key weekly hours are summed by. */
export function weekOf(date: string): string {
  const start = dayStart(date);
  const weekday = (new Date(start * 60_000).getUTCDay() + 6) % 7; // Monday = 0
  return dateOf(start - weekday * MINUTES_PER_DAY);
}

/** A shift's span in local minutes; an end at or before the start is on the next day (night shift). */
export function shiftSpan(date: string, startsAt: string, endsAt: string): { startMin: number; endMin: number } {
  const base = dayStart(date);
  const s = timeOfDay(startsAt)!;
  let e = timeOfDay(endsAt)!;
  if (e <= s) e += MINUTES_PER_DAY;
  return { startMin: base + s, endMin: base + e };
}

// the wall-clock minute of an instant in a zone: one definition, with its formatters cached, in the kernel
export { localMinutesAt } from '@hotelops/kernel/rules';

/** `HH:MM` of a number of minutes, e.g. 555 → 09:15 (for messages). */
export function hhmm(minutes: number): string {
  const m = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Why a month is not YYYY-MM, or null. */
export function monthProblem(month: string): string | null {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(month) ? null : 'month must be YYYY-MM, e.g. 2026-12';
}
