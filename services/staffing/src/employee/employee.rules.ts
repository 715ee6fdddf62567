/*
 * Pure employee rules: the employment status machine, dates and names. No I/O, no frameworks.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const EMPLOYEE_STATUSES = ['ACTIVE', 'TERMINATED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export type EmployeeAction = 'transfer' | 'terminate';

/** Only active staff can be changed. */
export const EMPLOYEE_MACHINE = stateMachine<EmployeeStatus, EmployeeAction>('employee', EMPLOYEE_STATUSES, {
  transfer: { from: ['ACTIVE'], to: 'ACTIVE' },
  terminate: { from: ['ACTIVE'], to: 'TERMINATED' },
});

/** Why a refused change was refused, saying since when the employee has been gone. */
export function notActive(employee: { status: EmployeeStatus; terminatedOn: string | null }, action: EmployeeAction): string {
  const since = employee.terminatedOn ? ` (last day ${employee.terminatedOn})` : '';
  return `cannot ${action}: already ${employee.status.toLowerCase()}${since}`;
}

/** Why `terminatedOn` is not a valid last day for someone hired on `hiredOn`, or null. Dates are ISO YYYY-MM-DD. */
export function terminationDateProblem(hiredOn: string, terminatedOn: string): string | null {
  if (terminatedOn < hiredOn) return `terminatedOn (${terminatedOn}) is before the hire date (${hiredOn})`;
  return null;
}

const HAN = /^\p{Script=Han}+$/u;

/**
 * How a person is shown: Chinese names are family name first with no space (王 + 芳 → 王芳);
 * other names are "first last".
 */
export function displayName(firstName: string, lastName: string): string {
  const first = firstName.trim();
  const last = lastName.trim();
  if (HAN.test(first) && HAN.test(last)) return `${last}${first}`;
  return [first, last].filter(Boolean).join(' ');
}
