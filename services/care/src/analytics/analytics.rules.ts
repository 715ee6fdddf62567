/*
 * Pure helpers for the care analytics: which columns a report may group by, and rates. No I/O.
 */

/** Report dimensions and the case column each groups by (a whitelist: never interpolate input into SQL). */
export const CASE_DIMENSIONS = {
  CATEGORY: 'category',
  DEPARTMENT: 'department_id',
  CHANNEL: 'channel',
  ROOT_CAUSE: 'root_cause',
  KIND: 'kind',
  SEVERITY: 'severity',
} as const;
export type CaseDimension = keyof typeof CASE_DIMENSIONS;

/** Percent met of the targets decided (met + missed), one decimal; null when none is decided yet. */
export function attainment(met: number, missed: number): number | null {
  const decided = met + missed;
  return decided === 0 ? null : Math.round((1000 * met) / decided) / 10;
}
