/* Training (培训): sessions, who attended, results, and the certificate a pass grants. Pure. */
import { addDays } from '../calendar/local-time.rules';

export const SESSION_KINDS = ['ONBOARDING', 'REGULAR'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const RECORD_STATUSES = ['ASSIGNED', 'ATTENDED', 'ABSENT'] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** The expiry of a certificate valid `months` from `date` (no expiry without a validity). */
export function certificateExpiry(date: string, months: number | null): string | null {
  if (!months) return null;
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const day = Math.min(d, lastDay);
  return addDays(`${target.toISOString().slice(0, 8)}01`, day - 1);
}

/** Why a result is not one, or null: an absentee has no score, a pass needs attendance. */
export function resultProblem(r: { attended: boolean; score?: number | null; passed?: boolean | null }): string | null {
  if (!r.attended && (r.score != null || r.passed)) return 'an absentee has no score and cannot pass';
  return null;
}
