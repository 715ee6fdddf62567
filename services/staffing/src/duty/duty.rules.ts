/*
 * Shift duties (时段化工作): time-slot checklists per position, how much of one was done, and
 * grooming checks (仪容仪表) that pass only without findings. Pure.
 */
import { timeOfDay } from '../calendar/local-time.rules';

/** Why a time slot is not one, or null. A slot ending at or before its start runs past midnight. */
export function slotProblem(startsAt: string, endsAt: string): string | null {
  if (timeOfDay(startsAt) === null || timeOfDay(endsAt) === null) return 'startsAt and endsAt must be times of day HH:MM';
  if (startsAt === endsAt) return 'a time slot must not be empty';
  return null;
}

/** Items of a checklist done and missed; names not on the checklist are refused by the caller. */
export function checklistProgress(items: readonly string[], done: readonly string[]) {
  const doneSet = new Set(done);
  const unknown = done.filter((d) => !items.includes(d));
  return {
    done: items.filter((i) => doneSet.has(i)),
    missed: items.filter((i) => !doneSet.has(i)),
    complete: items.every((i) => doneSet.has(i)),
    unknown,
  };
}

/** The standard grooming points (仪容仪表) a check walks through. */
export const GROOMING_ITEMS = ['uniform', 'name-badge', 'hair', 'nails', 'shoes', 'jewellery', 'personal-hygiene'] as const;
export type GroomingItem = (typeof GROOMING_ITEMS)[number];

export const groomingPassed = (findings: readonly unknown[]) => findings.length === 0;
