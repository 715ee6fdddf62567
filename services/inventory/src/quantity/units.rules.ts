/*
 * Unit conversion: every quantity is stored in the item's stock unit; purchases, receipts and
 * requisitions may name another unit. Mass and volume convert by the metric table; packs (a case
 * of 24, a carton of 12 rolls) by the item's own conversions.
 */
import { MAX_QUANTITY, fromMilli, toMilli } from './quantity.rules';

/** Metric units with their size in the dimension's base unit (g, ml). */
const METRIC: Record<string, { dimension: 'mass' | 'volume'; base: number }> = {
  mg: { dimension: 'mass', base: 0.001 },
  g: { dimension: 'mass', base: 1 },
  kg: { dimension: 'mass', base: 1000 },
  t: { dimension: 'mass', base: 1_000_000 },
  ml: { dimension: 'volume', base: 1 },
  cl: { dimension: 'volume', base: 10 },
  l: { dimension: 'volume', base: 1000 },
};

const metric = (unit: string) => METRIC[unit.toLowerCase()];

/** A pack unit of one item: how many stock units one of it holds (a case → 24 bottles). */
export interface UnitConversion {
  unit: string;
  factor: number;
}

export type Conversion = { ok: true; quantity: number; factor: number } | { ok: false; reason: string };

/** Stock units per one `unit`, or null when the unit cannot be converted to the item's stock unit. */
export function factorTo(stockUnit: string, unit: string, conversions: readonly UnitConversion[] = []): number | null {
  if (unit.toLowerCase() === stockUnit.toLowerCase()) return 1;
  const own = conversions.find((c) => c.unit.toLowerCase() === unit.toLowerCase());
  if (own) return own.factor;
  const from = metric(unit);
  const to = metric(stockUnit);
  if (from && to && from.dimension === to.dimension) return from.base / to.base;
  return null;
}

/** `quantity` of `unit` in the item's stock unit, to three decimals. */
export function toStockUnits(quantity: number, unit: string, stockUnit: string, conversions: readonly UnitConversion[] = []): Conversion {
  const factor = factorTo(stockUnit, unit, conversions);
  if (factor === null) {
    const known = [stockUnit, ...conversions.map((c) => c.unit)].join(', ');
    return { ok: false, reason: `cannot convert ${unit} to ${stockUnit} (units of this item: ${known})` };
  }
  const converted = fromMilli(toMilli(quantity * factor));
  if (converted <= 0) return { ok: false, reason: `${quantity} ${unit} is less than 0.001 ${stockUnit}` };
  if (converted > MAX_QUANTITY) return { ok: false, reason: `${quantity} ${unit} is more than ${MAX_QUANTITY} ${stockUnit}` };
  return { ok: true, quantity: converted, factor };
}

/** What is wrong with a pack conversion an item is given, or null. */
export function conversionProblem(stockUnit: string, c: UnitConversion): string | null {
  if (c.unit.toLowerCase() === stockUnit.toLowerCase()) return `${c.unit} is the stock unit itself`;
  if (!(c.factor > 0) || c.factor > MAX_QUANTITY) return `factor must be greater than 0, got ${c.factor}`;
  const from = metric(c.unit);
  const to = metric(stockUnit);
  if (from && to && from.dimension === to.dimension && Math.abs(from.base / to.base - c.factor) > 1e-9) {
    return `1 ${c.unit} is ${from.base / to.base} ${stockUnit}, not ${c.factor}`;
  }
  return null;
}
