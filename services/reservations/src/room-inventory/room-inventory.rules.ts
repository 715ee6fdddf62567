/*
 * Pure availability arithmetic: nights of a stay and what one night can still sell.
 */

export interface InventoryCounts {
  roomsTotal: number;
  outOfService: number;
  sold: number;
  overbooking: number;
}

/**
 * How far ahead availability is announced when a change reaches every future night (a room
 * added to a type): the booking horizon channel managers keep.
 */
export const ARI_HORIZON_NIGHTS = 365;

/** The most rooms of a type a property may sell beyond those in service on one night. */
export const MAX_OVERBOOKING_ROOMS = 100;

/** Rooms that can still be sold for the night (may be negative only if data was forced). */
export const sellable = (c: InventoryCounts): number => c.roomsTotal - c.outOfService + c.overbooking - c.sold;

/** Rooms in service for the night (rooms of the type minus out-of-order/out-of-service). */
export const inService = (c: InventoryCounts): number => c.roomsTotal - c.outOfService;

/** Counts of a night without a row yet, from the type's rooms, outages and holding stays. */
export function countsFor(
  night: string,
  roomsTotal: number,
  outages: readonly { fromDate: string; untilDate: string }[],
  stays: readonly { arrival: string; departure: string }[],
): InventoryCounts {
  const covers = (r: { from: string; to: string }) => r.from <= night && night < r.to;
  return {
    roomsTotal,
    outOfService: outages.filter((o) => covers({ from: o.fromDate, to: o.untilDate })).length,
    sold: stays.filter((s) => covers({ from: s.arrival, to: s.departure })).length,
    overbooking: 0,
  };
}
