/*
 * A service (one outlet, one period, one business date) and its checklists: the pre-opening
 * check (开餐前检查) before it opens and the closing check (收市检查) after. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const SERVICE_STATUSES = ['OPEN', 'CLOSED'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export type ServiceAction = 'close';
export const SERVICE_MACHINE = stateMachine<ServiceStatus, ServiceAction>('service', SERVICE_STATUSES, {
  close: { from: ['OPEN'], to: 'CLOSED' },
});

export const CHECK_AREAS = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'] as const;
export type CheckArea = (typeof CHECK_AREAS)[number];
export const CHECKLIST_KINDS = ['PRE_OPENING', 'CLOSING'] as const;
export type ChecklistKind = (typeof CHECKLIST_KINDS)[number];

export interface CheckItem {
  area: CheckArea;
  label: string;
  passed: boolean;
  note?: string | null;
  followUpOwnerId?: string | null;
}

/** Why a recorded checklist is not acceptable, or null: a failure names who follows it up. */
export function checklistProblem(kind: ChecklistKind, items: readonly CheckItem[]): string | null {
  if (items.length === 0) return 'a checklist needs at least one item';
  if (kind === 'PRE_OPENING') {
    const missing = CHECK_AREAS.filter((a) => !items.some((i) => i.area === a));
    if (missing.length) return `a pre-opening check covers every area; missing ${missing.join(', ')}`;
  }
  const orphan = items.find((i) => !i.passed && !i.followUpOwnerId);
  if (orphan) return `failed item "${orphan.label}" needs a followUpOwnerId`;
  return null;
}

/** Whether a service may open after this pre-opening check, given the outlet's policy. */
export function openingProblem(items: readonly CheckItem[] | null, failureBlocksOpening: boolean): string | null {
  if (!items) return 'the pre-opening checklist for this period has not been recorded';
  const failed = items.filter((i) => !i.passed);
  if (failed.length && failureBlocksOpening) return `the pre-opening check failed: ${failed.map((i) => i.label).join(', ')}`;
  return null;
}
