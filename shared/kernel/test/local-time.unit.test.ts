import { isTimeZone, localDate, localMinutesAt, localTime } from '../src/rules';

describe('local date and time in a property time zone', () => {
  // 2026-03-08 16:30 UTC: Shanghai is already on the 9th; New York has just moved to daylight time
  const instant = new Date('2026-03-08T16:30:00Z');

  it('gives the local date and wall-clock time of each zone', () => {
    expect(localDate(instant, 'Asia/Shanghai')).toBe('2026-03-09');
    expect(localTime(instant, 'Asia/Shanghai')).toBe('00:30');
    expect(localDate(instant, 'America/New_York')).toBe('2026-03-08');
    expect(localTime(instant, 'America/New_York')).toBe('12:30');
    // a zone's kept formatters answer for every later instant, not the first one asked
    expect(localTime(new Date('2026-07-01T00:05:00Z'), 'America/New_York')).toBe('20:05');
    expect(localDate(new Date('2026-07-01T00:05:00Z'), 'America/New_York')).toBe('2026-06-30');
  });

  it('counts local minutes from the epoch of the local calendar', () => {
    expect(localMinutesAt(instant, 'Asia/Shanghai')).toBe(Date.UTC(2026, 2, 9, 0, 30) / 60_000);
  });

  it('knows IANA zones and refuses others', () => {
    expect(isTimeZone('Asia/Shanghai')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(() => localDate(instant, 'Mars/Olympus')).toThrow(RangeError);
  });
});
