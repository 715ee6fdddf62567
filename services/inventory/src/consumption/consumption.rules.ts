/*
 * Consumption booked from other domains' facts: F&B depletion (recipe × quantity sold) and
 * housekeeping use per occupied room-night. Pure.
 */
import { fromMilli, toMilli } from '../quantity/quantity.rules';

export const CONSUMPTION_SOURCES = ['FNB_DEPLETION', 'HOUSEKEEPING'] as const;
export type ConsumptionSource = (typeof CONSUMPTION_SOURCES)[number];

export type ShortfallReason = 'INSUFFICIENT' | 'BIN_FROZEN' | 'NO_LOCATION' | 'UNKNOWN_ITEM';
export interface Shortfall {
  itemId: string;
  quantity: number;
  reason: ShortfallReason;
}

/** Sums quantities per item (the same ingredient in several dishes) to three decimals. */
export function totalPerItem(lines: readonly { itemId: string; quantity: number }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const l of lines) totals.set(l.itemId, (totals.get(l.itemId) ?? 0) + toMilli(l.quantity));
  return new Map([...totals].map(([k, v]) => [k, fromMilli(v)]));
}

/** Split a need into what stock can give now and what is short: stock never goes below zero. */
export function takeFrom(onHand: number, need: number): { take: number; short: number } {
  const take = Math.min(toMilli(onHand), toMilli(need));
  return { take: fromMilli(Math.max(0, take)), short: fromMilli(toMilli(need) - Math.max(0, take)) };
}

/** Housekeeping use for a night: par per occupied room-night × rooms occupied (arrivals + stay-overs). */
export function housekeepingUse(perOccupiedNight: number, arrivals: number, stayovers: number): number {
  return fromMilli(Math.round(toMilli(perOccupiedNight) * (arrivals + stayovers)));
}
