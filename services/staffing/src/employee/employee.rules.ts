/*
 * Pure employee rules: the employment status machine, dates and names. No I/O, no frameworks.
 */

export const EMPLOYEE_STATUSES = ['ACTIVE', 'TERMINATED'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

export type EmployeeAction = 'transfer' | 'terminate';

const TRANSITIONS: Record<EmployeeAction, { from: readonly EmployeeStatus[]; to: EmployeeStatus }> = {
  transfer: { from: ['ACTIVE'], to: 'ACTIVE' },
  terminate: { from: ['ACTIVE'], to: 'TERMINATED' },
};

/** The status after `action`, or an explanation of why it is not allowed. Only active staff can be changed. */
export function transition(
  employee: { status: EmployeeStatus; terminatedOn: string | null },
  action: EmployeeAction,
): { ok: true; to: EmployeeStatus } | { ok: false; reason: string } {
  const t = TRANSITIONS[action];
  if (t.from.includes(employee.status)) return { ok: true, to: t.to };
  const since = employee.terminatedOn ? ` (last day ${employee.terminatedOn})` : '';
  return { ok: false, reason: `cannot ${action}: already ${employee.status.toLowerCase()}${since}` };
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
