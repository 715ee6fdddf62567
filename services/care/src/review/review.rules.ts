/*
 * Pure rules for online reviews (差评 = a negative review). No I/O.
 */
import type { CaseSeverity } from '../case/case.rules';

/** Ratings are normalised to 1–5 stars; 1–2 is negative and is worked as a complaint. */
export const NEGATIVE_AT_OR_BELOW = 2;

export function isNegative(rating: number): boolean {
  return rating <= NEGATIVE_AT_OR_BELOW;
}

/** One star is the louder public complaint. */
export function severityFor(rating: number): CaseSeverity {
  return rating <= 1 ? 'HIGH' : 'MEDIUM';
}

export function ratingProblem(rating: number): string | null {
  return Number.isInteger(rating) && rating >= 1 && rating <= 5 ? null : `rating must be a whole number of stars 1–5 (got ${rating})`;
}
