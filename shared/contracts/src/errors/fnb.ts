import type { ErrorCategory } from './categories';

/** Codes raised by the fnb subgraph. */
export const FNB_ERRORS = {
  'OUTLET.NOT_FOUND': 'NOT_FOUND',
  'MENU_ITEM.NOT_FOUND': 'NOT_FOUND',
  'MENU_ITEM.UNAVAILABLE': 'CONFLICT',
  'ORDER.NOT_FOUND': 'NOT_FOUND',
  'ORDER.EMPTY': 'BAD_USER_INPUT',
  'ORDER.INVALID_TRANSITION': 'CONFLICT',
  'ORDER.ROOM_CHARGE_NEEDS_RESERVATION': 'BAD_USER_INPUT',
} as const satisfies Record<string, ErrorCategory>;
