/*
 * Pure lost-and-found rules (遗留物品): the item's life and how long it must be kept. No I/O.
 */

export const LOST_ITEM_STATUSES = ['FOUND', 'STORED', 'CLAIMED', 'SHIPPED', 'DISPOSED'] as const;
export type LostItemStatus = (typeof LOST_ITEM_STATUSES)[number];

/** VALUABLES: cash, jewellery, documents, electronics — kept longer and logged with care. */
export const LOST_ITEM_CATEGORIES = ['VALUABLES', 'ELECTRONICS', 'DOCUMENTS', 'CLOTHING', 'PERSONAL', 'OTHER'] as const;
export type LostItemCategory = (typeof LOST_ITEM_CATEGORIES)[number];

export type LostItemAction = 'store' | 'claim' | 'ship' | 'dispose';

const FROM: Record<LostItemAction, readonly LostItemStatus[]> = {
  store: ['FOUND'],
  // A guest may collect at once, before the item reaches the store room.
  claim: ['FOUND', 'STORED'],
  ship: ['STORED'],
  dispose: ['STORED'],
};
const TO: Record<LostItemAction, LostItemStatus> = { store: 'STORED', claim: 'CLAIMED', ship: 'SHIPPED', dispose: 'DISPOSED' };

export function lostItemTransition(
  current: LostItemStatus,
  action: LostItemAction,
): { ok: true; to: LostItemStatus } | { ok: false; reason: string } {
  if (FROM[action].includes(current)) return { ok: true, to: TO[action] };
  return { ok: false, reason: `cannot ${action} an item that is ${current} (allowed from ${FROM[action].join(', ')})` };
}

/** Days an unclaimed item must be kept before disposal: longer for what a guest will surely come back for. */
export const RETENTION_DAYS: Record<LostItemCategory, number> = {
  VALUABLES: 180,
  DOCUMENTS: 180,
  ELECTRONICS: 90,
  CLOTHING: 30,
  PERSONAL: 30,
  OTHER: 30,
};

/** The earliest moment the item may be disposed of. */
export function disposableFrom(category: LostItemCategory, foundAt: Date): Date {
  return new Date(foundAt.getTime() + RETENTION_DAYS[category] * 86_400_000);
}
