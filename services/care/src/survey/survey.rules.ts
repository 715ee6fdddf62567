/*
 * Pure survey rules: valid answers and the two satisfaction measures. No I/O.
 *
 * CSAT: share of 1–5 scores that are 4 or 5, in percent.
 * NPS: percent promoters (9–10) minus percent detractors (0–6), from −100 to 100.
 */

/** DEPARTMENT/OUTLET: from the per-item ratings; MONTH: from the overall scores (UTC months). */
export const SATISFACTION_GROUPINGS = ['DEPARTMENT', 'OUTLET', 'MONTH'] as const;
export type SatisfactionGrouping = (typeof SATISFACTION_GROUPINGS)[number];

export interface SurveyAnswer {
  npsScore: number;
  csatScore: number;
  ratings: { departmentId: string | null; outletId: string | null; score: number }[];
}

export function answerProblem(a: SurveyAnswer): string | null {
  if (!Number.isInteger(a.npsScore) || a.npsScore < 0 || a.npsScore > 10) return `npsScore must be a whole number 0–10 (got ${a.npsScore})`;
  if (!isCsat(a.csatScore)) return `csatScore must be a whole number 1–5 (got ${a.csatScore})`;
  const seen = new Set<string>();
  for (const r of a.ratings) {
    if ((r.departmentId === null) === (r.outletId === null)) return 'each rating names exactly one of departmentId or outletId';
    if (!isCsat(r.score)) return `rating score must be a whole number 1–5 (got ${r.score})`;
    const key = r.departmentId ?? `outlet:${r.outletId}`;
    if (seen.has(key)) return `${r.departmentId ? 'department ' + r.departmentId : 'outlet ' + r.outletId} is rated twice`;
    seen.add(key);
  }
  return null;
}

const isCsat = (n: number) => Number.isInteger(n) && n >= 1 && n <= 5;

/** Rounded to one decimal, as reports show it; null when nothing was measured. */
const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((1000 * part) / whole) / 10);

export function csatPercent(satisfied: number, scored: number): number | null {
  return pct(satisfied, scored);
}

export function netPromoterScore(promoters: number, detractors: number, responses: number): number | null {
  if (responses === 0) return null;
  return Math.round((1000 * (promoters - detractors)) / responses) / 10;
}
