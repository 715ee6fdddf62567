/*
 * Pure rules of an early departure: a guest checked out before the booked departure. The nights
 * not stayed go back on sale, the stay is re-priced to the nights used at the prices it was
 * booked at, and the rate plan's early-departure fee (if any) is charged on the nights given up.
 */
import { addDays } from '../calendar/calendar.rules';
import { feeAmount, type FeeKind } from '../rate-plan/rate-plan.rules';

export interface PricedNight {
  stayDate: string;
  priceMinor: number;
}

export interface EarlyDeparture {
  /** the new departure: the first night not stayed */
  departure: string;
  /** the nights kept, and their total */
  kept: PricedNight[];
  totalMinor: number;
  /** the nights given back */
  released: PricedNight[];
  /** what the room charge posted at check-in is reduced by */
  allowanceMinor: number;
  feeMinor: number;
}

/**
 * The stay's new departure when checked out on `today`: the nights used end on `today`, and a
 * guest who leaves on the arrival day pays one night. Null when nothing is left unstayed.
 */
export function earlyDepartureDate(arrival: string, departure: string, today: string): string | null {
  const end = today > arrival ? today : addDays(arrival, 1);
  return end < departure ? end : null;
}

/** Re-prices a stay shortened to end on `departure`; `fee` is the plan's early-departure policy (none without a plan). */
export function repriceEarlyDeparture(
  nights: readonly PricedNight[],
  departure: string,
  fee: { kind: FeeKind; value: number } | null,
): EarlyDeparture {
  const kept = nights.filter((n) => n.stayDate < departure);
  const released = nights.filter((n) => n.stayDate >= departure);
  const sum = (ns: readonly PricedNight[]) => ns.reduce((a, n) => a + n.priceMinor, 0);
  const releasedPrices = released.map((n) => n.priceMinor);
  return {
    departure,
    kept,
    totalMinor: sum(kept),
    released,
    allowanceMinor: sum(released),
    feeMinor: fee ? feeAmount(fee.kind, fee.value, releasedPrices) : 0,
  };
}
