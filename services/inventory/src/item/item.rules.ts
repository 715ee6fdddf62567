/** What kind of stock an item is; drives reports and who typically draws on it. */
export const ITEM_CATEGORIES = ['AMENITY', 'LINEN', 'CONSUMABLE', 'INGREDIENT', 'RETAIL'] as const;
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
