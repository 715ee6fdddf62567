/*
 * Pure quality-assurance rules (抽查): scorecards of weighted criteria and the score they give. No I/O.
 */
import { stateMachine } from '@hotelops/kernel/rules';

/** PENDING: drawn for QA; SCORED: scored once against its scorecard. */
export const QA_REVIEW_STATUSES = ['PENDING', 'SCORED'] as const;
export type QaReviewStatus = (typeof QA_REVIEW_STATUSES)[number];

/** A review is scored once. */
export const QA_REVIEW_MACHINE = stateMachine<QaReviewStatus, 'score'>('QA review', QA_REVIEW_STATUSES, {
  score: { from: ['PENDING'], to: 'SCORED' },
});

export interface Criterion {
  id: string;
  name: string;
  /** Relative weight, a whole number ≥ 1. */
  weight: number;
}

export function scorecardProblem(criteria: readonly { name: string; weight: number }[]): string | null {
  if (criteria.length === 0) return 'a scorecard needs at least one criterion';
  const names = new Set<string>();
  for (const c of criteria) {
    if (!c.name.trim()) return 'criterion names must not be empty';
    if (!Number.isInteger(c.weight) || c.weight < 1) return `weight of '${c.name}' must be a whole number ≥ 1 (got ${c.weight})`;
    if (names.has(c.name.trim())) return `criterion '${c.name}' appears twice`;
    names.add(c.name.trim());
  }
  return null;
}

/** Each criterion scored 0–100; the review's score is the weighted mean, one decimal. */
export function weightedScore(
  criteria: readonly Criterion[],
  scores: ReadonlyMap<string, number>,
): { ok: true; total: number } | { ok: false; problem: string } {
  const missing = criteria.filter((c) => !scores.has(c.id)).map((c) => c.name);
  if (missing.length) return { ok: false, problem: `missing scores for: ${missing.join(', ')}` };
  const known = new Set(criteria.map((c) => c.id));
  const unknown = [...scores.keys()].filter((id) => !known.has(id));
  if (unknown.length) return { ok: false, problem: `criteria not on this scorecard: ${unknown.join(', ')}` };
  for (const [id, s] of scores)
    if (!Number.isInteger(s) || s < 0 || s > 100) return { ok: false, problem: `score for ${id} must be a whole number 0–100 (got ${s})` };
  const weights = criteria.reduce((n, c) => n + c.weight, 0);
  const sum = criteria.reduce((n, c) => n + c.weight * scores.get(c.id)!, 0);
  return { ok: true, total: Math.round((10 * sum) / weights) / 10 };
}
