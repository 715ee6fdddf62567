/**
 * The one registry of domain error codes, composed of one file per domain (so each domain adds
 * its codes without touching the others'). Clients branch on `extensions.reason` (the code);
 * the category is the GraphQL `extensions.code` the kernel maps it to. Codes are stable: never
 * rename one, add a new one. A code is `<AGGREGATE>.<WHAT_WENT_WRONG>`.
 */
import type { ErrorCategory } from './categories';
import { SHARED_ERRORS } from './shared';
import { STAFFING_ERRORS } from './staffing';
import { RESERVATIONS_ERRORS } from './reservations';
import { FNB_ERRORS } from './fnb';
import { INVENTORY_ERRORS } from './inventory';
import { CARE_ERRORS } from './care';

export * from './categories';

const registry = {
  ...SHARED_ERRORS,
  ...STAFFING_ERRORS,
  ...RESERVATIONS_ERRORS,
  ...FNB_ERRORS,
  ...INVENTORY_ERRORS,
  ...CARE_ERRORS,
} as const satisfies Record<string, ErrorCategory>;

export type ErrorCode = keyof typeof registry;
export const ERROR_CODES: Readonly<Record<ErrorCode, ErrorCategory>> = registry;

export function categoryOf(code: ErrorCode): ErrorCategory {
  return ERROR_CODES[code];
}
