/*
 * Pure helpers for the care analytics: which columns a report may group by, and rates. No I/O.
 */

/** What a care report groups cases by. */
export const CASE_DIMENSIONS = ['CATEGORY', 'DEPARTMENT', 'CHANNEL', 'ROOT_CAUSE', 'KIND', 'SEVERITY'] as const;
export type CaseDimension = (typeof CASE_DIMENSIONS)[number];

/** The case column each dimension groups by (a whitelist: never interpolate input into SQL). */
export const CASE_DIMENSION_COLUMNS: Record<CaseDimension, string> = {
  CATEGORY: 'category',
  DEPARTMENT: 'department_id',
  CHANNEL: 'channel',
  ROOT_CAUSE: 'root_cause',
  KIND: 'kind',
  SEVERITY: 'severity',
};

/** MONTH: the UTC month a compensation was decided; CATEGORY: its case's category. */
export const COMPENSATION_GROUPINGS = ['MONTH', 'CATEGORY'] as const;
export type CompensationGrouping = (typeof COMPENSATION_GROUPINGS)[number];

/** Percent met of the targets decided (met + missed), one decimal; null when none is decided yet. */
export function attainment(met: number, missed: number): number | null {
  const decided = met + missed;
  return decided === 0 ? null : Math.round((1000 * met) / decided) / 10;
}
