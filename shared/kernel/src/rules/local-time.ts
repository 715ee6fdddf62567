/*
 * A property's local date and wall-clock time from an instant and its IANA time zone. Building an
 * Intl.DateTimeFormat costs far more than formatting with one (it was 7 % of a booking's CPU), so
 * each zone's formatters are made once and kept.
 */

type Formatters = { date: Intl.DateTimeFormat; time: Intl.DateTimeFormat; minute: Intl.DateTimeFormat };

const byZone = new Map<string, Formatters>();

function formattersOf(timeZone: string): Formatters {
  let f = byZone.get(timeZone);
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
      time: new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
      minute: new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
      }),
    };
    byZone.set(timeZone, f); // a few zones per installation; an unknown zone throws above and is not kept
  }
  return f;
}

/** The calendar date 'YYYY-MM-DD' at `instant` in an IANA time zone. */
export function localDate(instant: Date, timeZone: string): string {
  return formattersOf(timeZone).date.format(instant);
}

/** The local wall-clock time 'HH:MM' at `instant` in an IANA time zone. */
export function localTime(instant: Date, timeZone: string): string {
  return formattersOf(timeZone).time.format(instant);
}

/** The local minute an instant is in a time zone, counted from 1970-01-01 local (seconds dropped). */
export function localMinutesAt(instant: Date, timeZone: string): number {
  const parts = formattersOf(timeZone).minute.formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute')) / 60_000;
}

/** Whether `timeZone` is an IANA zone name this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formattersOf(timeZone);
    return true;
  } catch {
    return false;
  }
}
