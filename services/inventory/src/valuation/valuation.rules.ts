/*
 * Valuation by moving average (加权平均): one cost per item and property, recomputed on every
 * receipt at a price; every other movement is valued at the average in force. Chosen over FIFO
 * because a hotel store restocks the same SKUs weekly at near-constant prices, recipes and
 * F&B food cost need one current cost per item (ItemCostChanged), and moving average needs no
 * cost layers to lock when 100 issues hit one bin at once.
 */

/** Costs are per stock unit in minor units, kept to three decimals (a gram of saffron). */
export const roundCost = (c: number) => Math.round(c * 1000) / 1000;
/** A movement's value in minor units, rounded half away from zero to the whole fen/cent. */
export const valueOf = (quantity: number, unitCost: number) => Math.round(quantity * unitCost);

/**
 * The average after `quantity` arrives at `unitCost` onto `onHand` valued at `averageCost`.
 * Stock at or below zero carries no value to average with: the new cost is the receipt's.
 */
export function movingAverage(onHand: number, averageCost: number, quantity: number, unitCost: number): number {
  if (onHand <= 0) return roundCost(unitCost);
  return roundCost((onHand * averageCost + quantity * unitCost) / (onHand + quantity));
}

/** Stock value of `onHand` at `averageCost`, in minor units. */
export const stockValue = (onHand: number, averageCost: number) => valueOf(onHand, averageCost);
