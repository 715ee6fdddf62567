/*
 * Who may approve a day-end close (日结) of an outlet, and when a second person must. Pure.
 *
 * The rule: every close is approved by a role with the authority (F&B manager, duty manager,
 * general manager). A manager who closes the day may approve it themselves while the day's
 * cash differences stay within a threshold; above it (长短款 summed per till, shorts and overs
 * alike — they do not cancel out) the approver must be someone else than the one who closed it
 * and than any cashier who ran a till that day, and must say why the difference is accepted.
 */

export const DAY_CLOSE_STATUSES = ['PENDING_APPROVAL', 'CLOSED'] as const;
export type DayCloseStatus = (typeof DAY_CLOSE_STATUSES)[number];

/** Roles that may approve a day close; `system` is the demo seed and internal jobs. */
export const DAY_CLOSE_APPROVER_ROLES = ['fnb-manager', 'duty-manager', 'general-manager'] as const;
const APPROVERS: readonly string[] = [...DAY_CLOSE_APPROVER_ROLES, 'system'];

/** Cash differences of a day, in minor units, above which a second person approves (100.00 in CNY). */
export const OVER_SHORT_THRESHOLD_MINOR = 10_000;

/** The day's cash difference that approval looks at: each till's over/short counted as its size. */
export const overShortExposure = (tillOverShorts: readonly (number | null)[]): number =>
  tillOverShorts.reduce<number>((sum, os) => sum + Math.abs(os ?? 0), 0);

/** The role an approval is given under: the widest approving role the caller holds, or null. */
export const approvingRole = (roles: readonly string[]): string | null => [...APPROVERS].reverse().find((r) => roles.includes(r)) ?? null;

export interface DayCloseApproval {
  /** who asked for the close */
  closedBy: string | null;
  /** cashiers who ran a till that day */
  cashierIds: readonly string[];
  approverId: string | null;
  approverRoles: readonly string[];
  /** the day's cash difference (overShortExposure) */
  exposureMinor: number;
  reason: string | null;
}

export type DayCloseRefusal = {
  code: 'BUSINESS_DAY.APPROVER_UNAUTHORIZED' | 'BUSINESS_DAY.SELF_APPROVAL' | 'BUSINESS_DAY.APPROVAL_REASON_REQUIRED';
  message: string;
} | null;

/** Whether this approver may approve this close, or the refusal with its error code. */
export function dayCloseApprovalProblem(a: DayCloseApproval, thresholdMinor = OVER_SHORT_THRESHOLD_MINOR): DayCloseRefusal {
  if (!approvingRole(a.approverRoles)) {
    return {
      code: 'BUSINESS_DAY.APPROVER_UNAUTHORIZED',
      message: `A day close is approved by ${DAY_CLOSE_APPROVER_ROLES.join(', ')}; you hold ${a.approverRoles.join(', ') || 'no role'}`,
    };
  }
  if (a.exposureMinor <= thresholdMinor) return null;
  const involved = a.approverId !== null && (a.approverId === a.closedBy || a.cashierIds.includes(a.approverId));
  if (involved || a.approverId === null) {
    return {
      code: 'BUSINESS_DAY.SELF_APPROVAL',
      message: `Over/short of ${a.exposureMinor} exceeds ${thresholdMinor}: another manager than the one who closed the day or ran a till approves it`,
    };
  }
  if (!a.reason?.trim()) {
    return {
      code: 'BUSINESS_DAY.APPROVAL_REASON_REQUIRED',
      message: `Over/short of ${a.exposureMinor} exceeds ${thresholdMinor}: say why it is accepted`,
    };
  }
  return null;
}
