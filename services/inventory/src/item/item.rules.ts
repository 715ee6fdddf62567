/** What kind of stock an item is; drives reports and who typically draws on it. */
export const ITEM_CATEGORIES = ['AMENITY', 'LINEN', 'CONSUMABLE', 'INGREDIENT', 'RETAIL', 'ENGINEERING'] as const;
export type ItemCategory = (typeof ITEM_CATEGORIES)[number];

/**
 * Par level is the quantity a location is topped up to; the reorder point is where topping up
 * starts. A reorder point above par would reorder a location that is already full.
 */
export function stockPolicyProblem(parLevel: number, reorderPoint: number): { field: 'parLevel' | 'reorderPoint'; message: string } | null {
  if (parLevel < 0) return { field: 'parLevel', message: `parLevel must not be negative, got ${parLevel}` };
  if (reorderPoint < 0) return { field: 'reorderPoint', message: `reorderPoint must not be negative, got ${reorderPoint}` };
  if (reorderPoint > parLevel) {
    return { field: 'reorderPoint', message: `reorderPoint (${reorderPoint}) must not exceed parLevel (${parLevel})` };
  }
  return null;
}

/** The expiry date of a lot received on `receivedOn` (ISO date) for an item with a shelf life. */
export function expiryFor(receivedOn: string, shelfLifeDays: number | null): string | null {
  if (shelfLifeDays == null) return null;
  const d = new Date(`${receivedOn}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + shelfLifeDays);
  return d.toISOString().slice(0, 10);
}
