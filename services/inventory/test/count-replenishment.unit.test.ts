import { COUNT_MACHINE, binAccuracy, needsRecount, variance, varianceValue } from '../src/count/count.rules';
import { COUNT_INTERVAL_DAYS, abcClasses, dueBins } from '../src/count/cycle-plan.rules';
import { housekeepingUse, takeFrom, totalPerItem } from '../src/consumption/consumption.rules';
import { bestSource, dailyUsage, suggest } from '../src/replenishment/replenishment.rules';

const line = (locationId: string, expected: number, counted: number | null, unitCost = 100, recounts = 0) => ({
  locationId,
  expected,
  counted,
  unitCost,
  recounts,
});

describe('count variance', () => {
  it('is counted minus expected, valued at the frozen cost (hand-worked)', () => {
    expect(variance(line('A', 48, 45))).toBe(-3);
    expect(varianceValue(line('A', 48, 45, 1250))).toBe(-3750);
    expect(variance(line('A', 0.3, 0.5))).toBe(0.2);
    expect(variance(line('A', 5, null))).toBe(0);
  });

  it('asks for a recount above the threshold once', () => {
    expect(needsRecount(line('A', 100, 94), 5)).toBe(true); // 6 % off
    expect(needsRecount(line('A', 100, 95), 5)).toBe(false); // exactly 5 %
    expect(needsRecount(line('A', 0, 1), 5)).toBe(true); // found where the books have none
    expect(needsRecount(line('A', 100, 50, 100, 1), 5)).toBe(false); // already recounted
    expect(needsRecount(line('A', 100, null), 5)).toBe(false);
  });

  it('computes bin accuracy over counted bins', () => {
    // bin A: both lines right; bin B: one wrong; bin C: right; bin D: not counted
    const lines = [line('A', 1, 1), line('A', 2, 2), line('B', 3, 3), line('B', 4, 5), line('C', 1, 1), line('D', 1, null)];
    expect(binAccuracy(lines)).toEqual({ binsCounted: 3, binsAccurate: 2, accuracy: 2 / 3 });
    expect(binAccuracy([])).toEqual({ binsCounted: 0, binsAccurate: 0, accuracy: 1 });
  });

  it('moves open → recount → counted → posted, and never posts twice', () => {
    expect(COUNT_MACHINE.transition('OPEN', 'requestRecount')).toMatchObject({ ok: true, to: 'RECOUNT' });
    expect(COUNT_MACHINE.transition('RECOUNT', 'complete')).toMatchObject({ ok: true, to: 'COUNTED' });
    expect(COUNT_MACHINE.transition('COUNTED', 'approve')).toMatchObject({ ok: true, to: 'POSTED' });
    expect(COUNT_MACHINE.transition('POSTED', 'approve')).toMatchObject({ ok: false });
    expect(COUNT_MACHINE.transition('POSTED', 'cancel')).toMatchObject({ ok: false });
  });
});

describe('replenishment', () => {
  const base = { onHand: 10, onOrder: 0, parLevel: 100, reorderPoint: 20, dailyUsage: 0, leadTimeDays: 3, factor: 1, minOrder: 0 };

  it('orders up to par when the position is at or below the reorder point (hand-worked)', () => {
    expect(suggest(base)).toEqual({ needed: true, shortfall: 90, orderQuantity: 90, orderStock: 90 });
  });

  it('counts what is on order', () => {
    expect(suggest({ ...base, onOrder: 15 })).toMatchObject({ needed: false });
  });

  it('raises the trigger to the lead time’s use when higher, and the target with it', () => {
    // 12/day × 3 days = 36 > reorder point 20; position 30 ≤ 36; target max(100, 36 + 36) = 100 → 70
    expect(suggest({ ...base, onHand: 30, dailyUsage: 12 })).toEqual({ needed: true, shortfall: 70, orderQuantity: 70, orderStock: 70 });
    // 30/day × 3 = 90: target 180 → 150
    expect(suggest({ ...base, onHand: 30, dailyUsage: 30 })).toMatchObject({ shortfall: 150 });
  });

  it('rounds up to whole packs and to the minimum order', () => {
    // 90 bottles short, cases of 24 → 4 cases (96 bottles)
    expect(suggest({ ...base, factor: 24 })).toEqual({ needed: true, shortfall: 90, orderQuantity: 4, orderStock: 96 });
    expect(suggest({ ...base, factor: 24, minOrder: 6 })).toMatchObject({ orderQuantity: 6, orderStock: 144 });
  });

  it('averages use per day and picks the cheapest source per stock unit', () => {
    expect(dailyUsage(84, 28)).toBe(3);
    expect(dailyUsage(1, 3)).toBe(0.333);
    const a = { priceMinor: 2400, factor: 24, leadTimeDays: 5 }; // 100 per bottle
    const b = { priceMinor: 95, factor: 1, leadTimeDays: 2 }; // 95 per bottle
    const c = { priceMinor: 190, factor: 2, leadTimeDays: 1 }; // 95 per bottle, faster
    expect(bestSource([a, b, c])).toBe(c);
    expect(bestSource([])).toBeNull();
  });
});

describe('consumption', () => {
  it('sums the same ingredient across dishes and takes what the shelf has', () => {
    expect(
      totalPerItem([
        { itemId: 'a', quantity: 0.1 },
        { itemId: 'b', quantity: 1 },
        { itemId: 'a', quantity: 0.2 },
      ]),
    ).toEqual(
      new Map([
        ['a', 0.3],
        ['b', 1],
      ]),
    );
    expect(takeFrom(5, 3)).toEqual({ take: 3, short: 0 });
    expect(takeFrom(2, 3.5)).toEqual({ take: 2, short: 1.5 });
    expect(takeFrom(0, 1)).toEqual({ take: 0, short: 1 });
  });

  it('books housekeeping use per occupied room-night', () => {
    expect(housekeepingUse(2, 30, 50)).toBe(160);
    expect(housekeepingUse(0.25, 3, 1)).toBe(1);
  });
});

describe('cycle-count schedule by ABC class', () => {
  it('ranks items by usage value: A to 80 %, B to 95 %, C the rest and what never moves', () => {
    const classes = abcClasses([
      { itemId: 'beef', value: 7000 },
      { itemId: 'salmon', value: 1500 },
      { itemId: 'rice', value: 1000 },
      { itemId: 'salt', value: 500 },
      { itemId: 'saffron', value: 0 },
    ]);
    // cumulative share before each: beef 0 %, salmon 70 %, rice 85 %, salt 95 %
    expect(Object.fromEntries(classes)).toEqual({ beef: 'A', salmon: 'A', rice: 'B', salt: 'C', saffron: 'C' });
  });

  it('picks bins never counted or past their interval, A first', () => {
    const due = dueBins(
      [
        { locationId: 'b1', classes: ['C', 'A'], lastCountedOn: '2026-10-15' }, // A: due 11-14
        { locationId: 'b2', classes: ['B'], lastCountedOn: '2026-10-01' }, // B: due 12-30, not yet
        { locationId: 'b3', classes: ['C'], lastCountedOn: null }, // never counted
        { locationId: 'b4', classes: ['A'], lastCountedOn: '2026-11-20' }, // A: due 12-20, not yet
      ],
      '2026-12-01',
    );
    expect(due).toEqual([
      { locationId: 'b1', abcClass: 'A', lastCountedOn: '2026-10-15', dueOn: '2026-11-14' },
      { locationId: 'b3', abcClass: 'C', lastCountedOn: null, dueOn: null },
    ]);
    expect(COUNT_INTERVAL_DAYS).toEqual({ A: 30, B: 90, C: 180 });
  });
});
