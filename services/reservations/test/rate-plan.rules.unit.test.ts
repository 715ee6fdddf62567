import { cancellationFee, depositDue, feeAmount, feeValueProblem, quote, type DayRate } from '../src/rate-plan/rate-plan.rules';
import { countsFor, sellable } from '../src/room-inventory/room-inventory.rules';
import { nightsOf } from '../src/calendar/calendar.rules';

const day = (stayDate: string, priceMinor: number, extra: Partial<DayRate> = {}): [string, DayRate] => [
  stayDate,
  { stayDate, priceMinor, minLos: null, maxLos: null, closedToArrival: false, closedToDeparture: false, ...extra },
];
const plan = { code: 'BAR', minAdvanceDays: null, maxAdvanceDays: null };

describe('quote', () => {
  const rates = new Map([day('2030-03-01', 500, { maxLos: 2 }), day('2030-03-02', 700), day('2030-03-03', 600)]);
  it('sums the nights of the stay', () => {
    expect(quote(plan, rates, nightsOf('2030-03-01', '2030-03-03'), '2030-03-03', '2030-01-01')).toEqual({
      ok: true,
      nightly: [500, 700],
      total: 1200,
    });
  });
  it('names the restriction or the missing night that stops the sale', () => {
    expect(quote(plan, rates, nightsOf('2030-03-01', '2030-03-04'), '2030-03-04', '2030-01-01')).toEqual({
      ok: false,
      reason: 'BAR allows at most 2 nights from 2030-03-01',
    });
    expect(quote(plan, rates, nightsOf('2030-03-03', '2030-03-05'), '2030-03-05', '2030-01-01')).toEqual({
      ok: false,
      reason: 'BAR has no rate for 2030-03-04',
    });
    expect(quote({ ...plan, maxAdvanceDays: 10 }, rates, ['2030-03-02'], '2030-03-03', '2030-01-01')).toMatchObject({ ok: false });
    expect(quote({ ...plan, minAdvanceDays: 1 }, rates, ['2030-03-02'], '2030-03-03', '2030-03-02')).toMatchObject({ ok: false });
  });
});

describe('fees', () => {
  const nightly = [500, 700, 600];
  it('charges by kind', () => {
    expect(feeAmount('NONE', 3, nightly)).toBe(0);
    expect(feeAmount('NIGHTS', 2, nightly)).toBe(1200);
    expect(feeAmount('PERCENT', 50, nightly)).toBe(900);
    expect(feeAmount('FLAT', 5000, nightly)).toBe(1800); // never more than the stay
  });
  it('is free until the deadline, then the policy applies', () => {
    const policy = { cancelFreeDaysBefore: 2, cancelFeeKind: 'NIGHTS' as const, cancelFeeValue: 1 };
    expect(cancellationFee(policy, '2030-03-10', '2030-03-08', nightly)).toBe(0);
    expect(cancellationFee(policy, '2030-03-10', '2030-03-09', nightly)).toBe(500);
  });
  it('asks a deposit only under a deposit rule', () => {
    expect(depositDue({ guarantee: 'DEPOSIT', depositPercent: 30 }, 1000)).toBe(300);
    expect(depositDue({ guarantee: 'CARD', depositPercent: 30 }, 1000)).toBe(0);
  });
});

describe('inventory counts', () => {
  it('derives a night from rooms, outages and holding stays', () => {
    const c = countsFor(
      '2030-03-02',
      5,
      [{ fromDate: '2030-03-01', untilDate: '2030-03-03' }],
      [
        { arrival: '2030-03-02', departure: '2030-03-04' },
        { arrival: '2030-03-01', departure: '2030-03-02' },
      ],
    );
    expect(c).toEqual({ roomsTotal: 5, outOfService: 1, sold: 1, overbooking: 0 });
    expect(sellable(c)).toBe(3);
  });
});

describe('fee values', () => {
  it('allow a percentage up to 100 and nights up to a stay', () => {
    expect(feeValueProblem('PERCENT', 100, 90)).toBeNull();
    expect(feeValueProblem('PERCENT', 101, 90)).toMatch(/PERCENT fee is at most 100/);
    expect(feeValueProblem('NIGHTS', 90, 90)).toBeNull();
    expect(feeValueProblem('NIGHTS', 91, 90)).toMatch(/at most 90 nights/);
    expect(feeValueProblem('FLAT', 5_000_000, 90)).toBeNull();
    expect(feeValueProblem('NONE', 0, 90)).toBeNull();
  });
});
