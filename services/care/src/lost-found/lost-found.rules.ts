/*
 * Pure lost-and-found rules (遗留物品): the item's life and how long it must be kept. No I/O.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const LOST_ITEM_STATUSES = ['FOUND', 'STORED', 'CLAIMED', 'SHIPPED', 'DISPOSED'] as const;
export type LostItemStatus = (typeof LOST_ITEM_STATUSES)[number];

/** VALUABLES: cash, jewellery, documents, electronics — kept longer and logged with care. */
export const LOST_ITEM_CATEGORIES = ['VALUABLES', 'ELECTRONICS', 'DOCUMENTS', 'CLOTHING', 'PERSONAL', 'OTHER'] as const;
export type LostItemCategory = (typeof LOST_ITEM_CATEGORIES)[number];

export type LostItemAction = 'store' | 'claim' | 'ship' | 'dispose';

export const LOST_ITEM_MACHINE = stateMachine<LostItemStatus, LostItemAction>('item', LOST_ITEM_STATUSES, {
  store: { from: ['FOUND'], to: 'STORED' },
  // A guest may collect at once, before the item reaches the store room.
  claim: { from: ['FOUND', 'STORED'], to: 'CLAIMED' },
  ship: { from: ['STORED'], to: 'SHIPPED' },
  dispose: { from: ['STORED'], to: 'DISPOSED' },
});

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
