/*
 * Leave (请假/休假): the request status machine, days a request takes, and balances that accrue
 * month by month over the year. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { addDays, dayStart } from '../calendar/local-time.rules';

export const LEAVE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED'] as const;
export type LeaveStatus = (typeof LEAVE_STATUSES)[number];
export type LeaveAction = 'approve' | 'reject' | 'cancel';

export const LEAVE_MACHINE = stateMachine<LeaveStatus, LeaveAction>('leave request', LEAVE_STATUSES, {
  approve: { from: ['REQUESTED'], to: 'APPROVED' },
  reject: { from: ['REQUESTED'], to: 'REJECTED' },
  cancel: { from: ['REQUESTED', 'APPROVED'], to: 'CANCELLED' },
});

/** Statuses that hold days of a balance. */
export const HOLDS_BALANCE: readonly LeaveStatus[] = ['REQUESTED', 'APPROVED'];

/** Days from `from` to `to`, both included. */
export function leaveDays(from: string, to: string): number {
  return (dayStart(to) - dayStart(from)) / 1440 + 1;
}

/** Every date from `from` to `to`, both included. */
export function datesBetween(from: string, to: string): string[] {
  return Array.from({ length: leaveDays(from, to) }, (_, i) => addDays(from, i));
}

/**
 * Days accrued in `asOf`'s year: `annualDays` / 12 for every month of the year begun while
 * employed (a hire on the 20th accrues that month), in half days rounded down. A type without an
 * annual allowance (unpaid leave) is unlimited: null.
 */
export function accruedDays(annualDays: number | null, hiredOn: string, asOf: string): number | null {
  if (annualDays === null) return null;
  const year = Number(asOf.slice(0, 4));
  const month = Number(asOf.slice(5, 7));
  const hiredYear = Number(hiredOn.slice(0, 4));
  const hiredMonth = Number(hiredOn.slice(5, 7));
  if (hiredYear > year || (hiredYear === year && hiredMonth > month)) return 0;
  const firstMonth = hiredYear === year ? hiredMonth : 1;
  const months = month - firstMonth + 1;
  return Math.floor(((annualDays * months) / 12) * 2) / 2;
}

/** Why a request of `days` does not fit the balance, or null. */
export function balanceProblem(days: number, accrued: number | null, held: number, typeName: string): string | null {
  if (accrued === null) return null;
  const left = accrued - held;
  if (days > left) return `${days} day(s) of ${typeName} requested but only ${left} left (${accrued} accrued, ${held} taken or requested)`;
  return null;
}

/** Why a date range is not a valid request, or null. */
export function rangeProblem(from: string, to: string, maxDays = 60): string | null {
  if (to < from) return `to (${to}) is before from (${from})`;
  if (leaveDays(from, to) > maxDays) return `a request covers at most ${maxDays} days`;
  return null;
}
