/*
 * Calendar arithmetic on ISO dates ('YYYY-MM-DD') and a property's local time. Stays are
 * half-open: nights [arrival, departure).
 */

const DAY_MS = 86_400_000;
const dayStart = (date: string) => Date.parse(`${date}T00:00:00Z`);

export const addDays = (date: string, days: number): string => new Date(dayStart(date) + days * DAY_MS).toISOString().slice(0, 10);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number => Math.round((dayStart(to) - dayStart(from)) / DAY_MS);

export const isIsoDate = (date: string): boolean => !Number.isNaN(dayStart(date));

/** The nights of a half-open stay [from, to), as ISO dates. */
export function nightsOf(from: string, to: string): string[] {
  // steps in milliseconds (a search asks for every type's nights; parsing each date again showed in its profile)
  const out: string[] = [];
  const end = dayStart(to);
  for (let t = dayStart(from); t < end; t += DAY_MS) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

// local date and time of a property: one definition, with its formatters cached, in the kernel
export { localDate, localTime } from '@hotelops/kernel/rules';
