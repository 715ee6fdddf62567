import type { ErrorCategory } from './categories';

/** Codes any subgraph may raise. */
export const SHARED_ERRORS = {
  'INPUT.INVALID': 'BAD_USER_INPUT',
  'PAGINATION.INVALID_CURSOR': 'BAD_USER_INPUT',
  'PAGINATION.PAGE_TOO_LARGE': 'BAD_USER_INPUT',
  'AUTH.UNAUTHENTICATED': 'UNAUTHENTICATED',
  'AUTH.FORBIDDEN': 'FORBIDDEN',
  'AUTH.PROPERTY_FORBIDDEN': 'FORBIDDEN',
  'IDEMPOTENCY.KEY_REUSED': 'CONFLICT',
} as const satisfies Record<string, ErrorCategory>;
