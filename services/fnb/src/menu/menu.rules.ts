/*
 * Menu vocabulary: the course an item is fired with and the kitchen station that prepares it. Pure.
 */

export const STATIONS = ['HOT', 'COLD', 'BAR', 'PASTRY'] as const;
export type Station = (typeof STATIONS)[number];
export const COURSES = ['DRINK', 'STARTER', 'MAIN', 'DESSERT'] as const;
export type Course = (typeof COURSES)[number];

export const STOCK_LEVELS = ['OUT', 'LOW', 'OK'] as const;
export type StockLevel = (typeof STOCK_LEVELS)[number];

/**
 * Where an ingredient stands from inventory's reported on-hand and reorder point: out at zero,
 * low at or below the reorder point, otherwise fine. A replenishment may leave it low (0 → 2 of 5).
 */
export function stockLevel(onHand: number, reorderPoint: number | null): StockLevel {
  if (onHand <= 0) return 'OUT';
  return reorderPoint != null && reorderPoint > 0 && onHand <= reorderPoint ? 'LOW' : 'OK';
}

const MAX_PORTIONS = 2_147_483_647; // a GraphQL Int

/** Whole portions a stock of `onHand` still makes at `perPortion` each (0 when none; capped to an Int). */
export const portionsFrom = (onHand: number, perPortion: number): number =>
  perPortion > 0 ? Math.min(MAX_PORTIONS, Math.max(0, Math.floor(onHand / perPortion + 1e-9))) : MAX_PORTIONS;
