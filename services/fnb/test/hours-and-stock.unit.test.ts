import { hoursProblem, lastInstantWithin, withinHours } from '../src/outlet/outlet.rules';
import { portionsFrom, stockLevel } from '../src/menu/menu.rules';

describe('opening hours', () => {
  const dinner = { startsAt: '17:00', endsAt: '22:00' };
  const bar = { startsAt: '18:00', endsAt: '02:00' };
  const allDay = { startsAt: '00:00', endsAt: '24:00' };

  it('accepts HH:MM hours, an end of 24:00, and hours past midnight', () => {
    expect(hoursProblem(bar)).toBeNull();
    expect(hoursProblem(allDay)).toBeNull();
    expect(hoursProblem({ startsAt: '24:00', endsAt: '06:00' })).toMatch(/HH:MM/);
    expect(hoursProblem({ startsAt: '18:00', endsAt: '18:00' })).toMatch(/same time/);
  });

  it('is within hours from the start up to (not at) the end, wrapping past midnight', () => {
    expect([
      withinHours(dinner, '16:59'),
      withinHours(dinner, '17:00'),
      withinHours(dinner, '21:59'),
      withinHours(dinner, '22:00'),
    ]).toEqual([false, true, true, false]);
    expect(['17:59', '18:00', '23:59', '00:00', '01:59', '02:00'].map((t) => withinHours(bar, t))).toEqual([
      false,
      true,
      true,
      true,
      true,
      false,
    ]);
    expect(['00:00', '12:00', '23:59'].every((t) => withinHours(allDay, t))).toBe(true);
  });

  it('finds the latest moment a period is open, with a margin before it ends', () => {
    // 2026-03-02T11:00Z is 19:00 in Shanghai: dinner is on now.
    const dinnerNow = new Date('2026-03-02T11:00:00Z');
    expect(lastInstantWithin([dinner], dinnerNow, 'Asia/Shanghai')).toEqual(dinnerNow);
    // 09:00 in Shanghai: the last dinner moment (five-minute steps) with more than 15 minutes left was 21:40 the night before.
    const morning = new Date('2026-03-02T01:00:00Z');
    expect(lastInstantWithin([dinner], morning, 'Asia/Shanghai')).toEqual(new Date('2026-03-01T13:40:00Z'));
    expect(lastInstantWithin([allDay], morning, 'Asia/Shanghai')).toEqual(morning);
  });
});

describe('stock levels for the menu', () => {
  it('is out at zero, low at or below the reorder point, fine above it or without one', () => {
    expect([stockLevel(0, 2), stockLevel(-1, 2), stockLevel(0.5, 2), stockLevel(2, 2), stockLevel(2.001, 2), stockLevel(1, null)]).toEqual([
      'OUT',
      'OUT',
      'LOW',
      'LOW',
      'OK',
      'OK',
    ]);
  });
  it('counts the whole portions a stock still makes', () => {
    expect([portionsFrom(0.4, 0.08), portionsFrom(0.07, 0.08), portionsFrom(1, 0.3)]).toEqual([5, 0, 3]);
  });
});
