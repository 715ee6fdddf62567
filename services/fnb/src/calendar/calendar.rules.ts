/*
 * Business time of an outlet: its property's IANA time zone decides the local date and the
 * wall-clock time that service periods are written in. Pure.
 */
import { localDate } from '@hotelops/kernel/rules';

const DAY_MS = 86_400_000;

export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

// local date and time of an outlet: one definition, with its formatters cached, in the kernel
export { localDate, localTime, isTimeZone } from '@hotelops/kernel/rules';

/**
 * The business date a sale at `instant` belongs to: the outlet's local date, unless that date was
 * already closed (日结) — then the next open date, so nothing lands in a frozen day.
 */
export function businessDateAt(instant: Date, timeZone: string, lastClosed: string | null): string {
  const today = localDate(instant, timeZone);
  return lastClosed && lastClosed >= today ? addDays(lastClosed, 1) : today;
}
