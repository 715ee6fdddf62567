import { conversionProblem, factorTo, toStockUnits } from '../src/quantity/units.rules';
import { movingAverage, stockValue, valueOf } from '../src/valuation/valuation.rules';

describe('moving-average valuation', () => {
  it('averages a receipt into the stock on hand (hand-worked)', () => {
    // 10 kg at 50.00/kg, then 30 kg at 70.00/kg: (10×5000 + 30×7000) / 40 = 6500 per kg
    expect(movingAverage(10, 5000, 30, 7000)).toBe(6500);
    // 3 bottles at 1.00 + 1 at 2.00 → 1.25 each
    expect(movingAverage(3, 100, 1, 200)).toBe(125);
  });

  it('keeps three decimals of a minor unit', () => {
    // (1×100 + 2×101) / 3 = 100.666…
    expect(movingAverage(1, 100, 2, 101)).toBe(100.667);
  });

  it('takes the receipt price when nothing (or less than nothing) is on hand', () => {
    expect(movingAverage(0, 5000, 5, 6000)).toBe(6000);
    expect(movingAverage(-1, 5000, 5, 6000)).toBe(6000);
  });

  it('values movements and stock at whole minor units, half away from zero', () => {
    expect(valueOf(2.5, 6500)).toBe(16250);
    expect(valueOf(0.333, 100)).toBe(33);
    expect(stockValue(40, 6500)).toBe(260000);
  });
});

describe('unit conversion', () => {
  const bottleCase = [{ unit: 'case', factor: 24 }];

  it('converts pack units by the item’s own conversion', () => {
    expect(toStockUnits(3, 'case', 'bottle', bottleCase)).toEqual({ ok: true, quantity: 72, factor: 24 });
  });

  it('converts metric mass and volume without a conversion', () => {
    expect(toStockUnits(2500, 'g', 'kg')).toEqual({ ok: true, quantity: 2.5, factor: 0.001 });
    expect(toStockUnits(2, 'kg', 'g')).toEqual({ ok: true, quantity: 2000, factor: 1000 });
    expect(toStockUnits(1.5, 'L', 'ml')).toMatchObject({ ok: true, quantity: 1500 });
    expect(factorTo('kg', 'KG')).toBe(1);
  });

  it('refuses a unit of another dimension or an unknown pack', () => {
    expect(toStockUnits(1, 'L', 'kg')).toMatchObject({ ok: false });
    expect(toStockUnits(1, 'pallet', 'bottle', bottleCase)).toEqual({
      ok: false,
      reason: 'cannot convert pallet to bottle (units of this item: bottle, case)',
    });
  });

  it('refuses a conversion smaller than the quantity precision', () => {
    expect(toStockUnits(0.4, 'mg', 'kg')).toMatchObject({ ok: false });
  });

  it('checks pack conversions an item is given', () => {
    expect(conversionProblem('bottle', { unit: 'case', factor: 24 })).toBeNull();
    expect(conversionProblem('bottle', { unit: 'bottle', factor: 1 })).toMatch(/stock unit itself/);
    expect(conversionProblem('kg', { unit: 'g', factor: 1000 })).toBe('1 g is 0.001 kg, not 1000');
    expect(conversionProblem('kg', { unit: 'sack', factor: 0 })).toMatch(/greater than 0/);
  });
});
