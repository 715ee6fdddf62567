import type { ErrorCategory } from './categories';

/** Codes raised by the inventory subgraph. */
export const INVENTORY_ERRORS = {
  'ITEM.NOT_FOUND': 'NOT_FOUND',
  'ITEM.SKU_TAKEN': 'CONFLICT',
  'LOCATION.NOT_FOUND': 'NOT_FOUND',
  'LOCATION.CODE_TAKEN': 'CONFLICT',
  'STOCK.INSUFFICIENT': 'CONFLICT',
  'STOCK.INVALID_QUANTITY': 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
