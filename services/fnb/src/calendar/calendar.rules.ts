/*
 * Business time of an outlet: its property's IANA time zone decides the local date and the
 * wall-clock time that service periods are written in. Pure.
 */

const DAY_MS = 86_400_000;

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/** The calendar date at `instant` in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** The local wall-clock time 'HH:MM' at `instant` in an IANA time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(instant);
}

export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/**
 * The business date a sale at `instant` belongs to: the outlet's local date, unless that date was
 * already closed (日结) — then the next open date, so nothing lands in a frozen day.
 */
export function businessDateAt(instant: Date, timeZone: string, lastClosed: string | null): string {
  const today = localDate(instant, timeZone);
  return lastClosed && lastClosed >= today ? addDays(lastClosed, 1) : today;
}
