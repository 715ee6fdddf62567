import type { ErrorCategory } from './categories';

/** Codes raised by the staffing subgraph. */
export const STAFFING_ERRORS = {
  'DEPARTMENT.NOT_FOUND': 'NOT_FOUND',
  'DEPARTMENT.CODE_TAKEN': 'CONFLICT',
  'POSITION.NOT_FOUND': 'NOT_FOUND',
  'POSITION.CODE_TAKEN': 'CONFLICT',
  'EMPLOYEE.NOT_FOUND': 'NOT_FOUND',
  'EMPLOYEE.ALREADY_TERMINATED': 'CONFLICT',
  'EMPLOYEE.NUMBER_TAKEN': 'CONFLICT',
} as const satisfies Record<string, ErrorCategory>;
