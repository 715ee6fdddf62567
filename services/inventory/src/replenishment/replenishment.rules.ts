/*
 * Replenishment (补货/订货) math: when to order and how much, from on-hand, what is already on
 * order, par, reorder point, the consumption rate, the supplier's lead time, pack size and
 * minimum order. Pure.
 */
import { fromMilli, toMilli } from '../quantity/quantity.rules';

export interface ReplenishmentFacts {
  onHand: number;
  /** ordered and not yet received, stock units */
  onOrder: number;
  parLevel: number;
  reorderPoint: number;
  /** average stock units used per day */
  dailyUsage: number;
  leadTimeDays: number;
  /** stock units per purchase unit */
  factor: number;
  /** minimum order in purchase units */
  minOrder: number;
}

export interface Suggestion {
  /** the stock position (on hand + on order) is at or below what must cover the lead time */
  needed: boolean;
  /** stock units that bring the position back to target */
  shortfall: number;
  /** whole purchase units to order (pack rounding and minimum order applied) */
  orderQuantity: number;
  /** what that order brings in, stock units */
  orderStock: number;
}

/** Average daily use over a window, to three decimals. */
export const dailyUsage = (used: number, days: number) => (days > 0 ? fromMilli(Math.round(toMilli(used) / days)) : 0);

/**
 * Reorder when on hand plus on order has fallen to the trigger: the reorder point, or the use
 * expected over the supplier's lead time when that is higher. Order up to the target — par,
 * or trigger plus a lead time's use when higher — in whole purchase units, at least the minimum.
 */
export function suggest(f: ReplenishmentFacts): Suggestion {
  const leadUse = toMilli(f.dailyUsage) * f.leadTimeDays;
  const trigger = Math.max(toMilli(f.reorderPoint), leadUse);
  const target = Math.max(toMilli(f.parLevel), trigger + leadUse);
  const position = toMilli(f.onHand) + toMilli(f.onOrder);
  if (position > trigger || target <= position) return { needed: false, shortfall: 0, orderQuantity: 0, orderStock: 0 };
  const shortfall = target - position;
  const factor = toMilli(f.factor);
  const packs = Math.max(Math.ceil(shortfall / factor), Math.ceil(f.minOrder));
  return { needed: true, shortfall: fromMilli(shortfall), orderQuantity: packs, orderStock: fromMilli(packs * factor) };
}

/** The cheapest source per stock unit; on a tie, the shorter lead time. */
export function bestSource<T extends { priceMinor: number; factor: number; leadTimeDays: number }>(sources: readonly T[]): T | null {
  return [...sources].sort((a, b) => a.priceMinor / a.factor - b.priceMinor / b.factor || a.leadTimeDays - b.leadTimeDays)[0] ?? null;
}
