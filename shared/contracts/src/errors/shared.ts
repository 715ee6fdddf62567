import type { ErrorCategory } from './categories';

/** Codes any subgraph may raise. */
export const SHARED_ERRORS = {
  'INPUT.INVALID': 'BAD_USER_INPUT',
  'PAGINATION.INVALID_CURSOR': 'BAD_USER_INPUT',
  'PAGINATION.PAGE_TOO_LARGE': 'BAD_USER_INPUT',
  'AUTH.UNAUTHENTICATED': 'UNAUTHENTICATED',
  'AUTH.FORBIDDEN': 'FORBIDDEN',
  'AUTH.PROPERTY_FORBIDDEN': 'FORBIDDEN',
  // A partner key naming a channel it is not bound to (channel upserts, OTA messages).
  'AUTH.CHANNEL_NOT_BOUND': 'FORBIDDEN',
  'IDEMPOTENCY.KEY_REUSED': 'CONFLICT',
  // A subgraph the gateway could not reach: the fields it contributes are null, the rest is answered.
  'SUBGRAPH.UNAVAILABLE': 'SERVICE_UNAVAILABLE',
  // The database connection was lost and a retry was not possible or failed too: retry the request.
  'DATABASE.CONNECTION_LOST': 'SERVICE_UNAVAILABLE',
  // The connection was lost while committing: the change may or may not be saved; look before retrying.
  'DATABASE.COMMIT_UNCONFIRMED': 'SERVICE_UNAVAILABLE',
} as const satisfies Record<string, ErrorCategory>;
