/*
 * Pure pricing rules: quoting a stay under a rate plan's restrictions, and the fees its
 * cancellation and no-show policies charge.
 */

import { daysBetween } from '../calendar/calendar.rules';

export const FEE_KINDS = ['NONE', 'NIGHTS', 'PERCENT', 'FLAT'] as const;
export type FeeKind = (typeof FEE_KINDS)[number];

/** How far ahead a plan's advance-booking window may reach, in days. */
export const MAX_ADVANCE_DAYS = 1000;

/** Why a fee policy's value makes no sense for its kind, or null (PERCENT ≤ 100, NIGHTS ≤ a stay's nights). */
export function feeValueProblem(kind: FeeKind, value: number, maxNights: number): string | null {
  if (kind === 'PERCENT' && value > 100) return `a PERCENT fee is at most 100 (got ${value})`;
  if (kind === 'NIGHTS' && value > maxNights) return `a NIGHTS fee is at most ${maxNights} nights (got ${value})`;
  return null;
}

export const GUARANTEE_RULES = ['NONE', 'CARD', 'DEPOSIT'] as const;
export type GuaranteeRule = (typeof GUARANTEE_RULES)[number];

export interface DayRate {
  stayDate: string;
  priceMinor: number;
  minLos: number | null;
  maxLos: number | null;
  closedToArrival: boolean;
  closedToDeparture: boolean;
}

export interface PlanTerms {
  code: string;
  minAdvanceDays: number | null;
  maxAdvanceDays: number | null;
}

export type Quote = { ok: true; nightly: number[]; total: number } | { ok: false; reason: string };

/**
 * The price of [arrival, departure) under a plan, or why the plan cannot sell it. Length-of-stay
 * limits and closed-to-arrival are read on the arrival night; closed-to-departure on the
 * departure date; the advance-booking window counts days from the property's today.
 */
export function quote(
  plan: PlanTerms,
  rates: ReadonlyMap<string, DayRate>,
  nights: readonly string[],
  departure: string,
  today: string,
): Quote {
  const arrival = nights[0];
  const lead = daysBetween(today, arrival);
  if (plan.minAdvanceDays != null && lead < plan.minAdvanceDays)
    return { ok: false, reason: `${plan.code} must be booked at least ${plan.minAdvanceDays} days before arrival` };
  if (plan.maxAdvanceDays != null && lead > plan.maxAdvanceDays)
    return { ok: false, reason: `${plan.code} can be booked at most ${plan.maxAdvanceDays} days before arrival` };
  const nightly: number[] = [];
  for (const n of nights) {
    const r = rates.get(n);
    if (!r) return { ok: false, reason: `${plan.code} has no rate for ${n}` };
    nightly.push(r.priceMinor);
  }
  const first = rates.get(arrival)!;
  if (first.closedToArrival) return { ok: false, reason: `${plan.code} is closed to arrival on ${arrival}` };
  if (first.minLos != null && nights.length < first.minLos)
    return { ok: false, reason: `${plan.code} requires at least ${first.minLos} nights from ${arrival}` };
  if (first.maxLos != null && nights.length > first.maxLos)
    return { ok: false, reason: `${plan.code} allows at most ${first.maxLos} nights from ${arrival}` };
  if (rates.get(departure)?.closedToDeparture) return { ok: false, reason: `${plan.code} is closed to departure on ${departure}` };
  return { ok: true, nightly, total: nightly.reduce((a, b) => a + b, 0) };
}

/** What a fee policy charges on a stay priced `nightly` (NIGHTS: the first n nights). */
export function feeAmount(kind: FeeKind, value: number, nightly: readonly number[]): number {
  const total = nightly.reduce((a, b) => a + b, 0);
  switch (kind) {
    case 'NONE':
      return 0;
    case 'NIGHTS':
      return nightly.slice(0, value).reduce((a, b) => a + b, 0);
    case 'PERCENT':
      return Math.round((total * value) / 100);
    case 'FLAT':
      return Math.min(value, total);
  }
}

/** The cancellation fee on `today`: free until `freeDaysBefore` days before arrival, then the policy's fee. */
export function cancellationFee(
  policy: { cancelFreeDaysBefore: number; cancelFeeKind: FeeKind; cancelFeeValue: number },
  arrival: string,
  today: string,
  nightly: readonly number[],
): number {
  if (daysBetween(today, arrival) >= policy.cancelFreeDaysBefore) return 0;
  return feeAmount(policy.cancelFeeKind, policy.cancelFeeValue, nightly);
}

/** The deposit a plan asks for on a stay total. */
export const depositDue = (plan: { guarantee: GuaranteeRule; depositPercent: number }, total: number): number =>
  plan.guarantee === 'DEPOSIT' ? Math.round((total * plan.depositPercent) / 100) : 0;
