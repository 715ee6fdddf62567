/*
 * Voids, comps, discounts and refunds: each needs a reason and an approver whose role has the
 * authority for its size. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const ADJUSTMENT_KINDS = ['VOID', 'COMP', 'DISCOUNT', 'REFUND'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];
export const ADJUSTMENT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type AdjustmentStatus = (typeof ADJUSTMENT_STATUSES)[number];
export type AdjustmentAction = 'approve' | 'reject';
export const ADJUSTMENT_MACHINE = stateMachine<AdjustmentStatus, AdjustmentAction>('adjustment', ADJUSTMENT_STATUSES, {
  approve: { from: ['PENDING'], to: 'APPROVED' },
  reject: { from: ['PENDING'], to: 'REJECTED' },
});

export interface Limit {
  /** largest amount in minor units */
  amountMinor: number;
  /** largest share of the bill, for discounts (0–100) */
  percent?: number;
}

const NONE: Limit = { amountMinor: 0, percent: 0 };
const ALL: Limit = { amountMinor: Number.MAX_SAFE_INTEGER, percent: 100 };

/** What each role may approve on its own. A general manager may approve anything. */
export const AUTHORITY: Readonly<Record<string, Readonly<Record<AdjustmentKind, Limit>>>> = {
  'fnb-server': { VOID: NONE, COMP: NONE, DISCOUNT: { amountMinor: 5_000, percent: 10 }, REFUND: NONE },
  cashier: { VOID: NONE, COMP: NONE, DISCOUNT: { amountMinor: 10_000, percent: 15 }, REFUND: { amountMinor: 20_000 } },
  'fnb-manager': {
    VOID: { amountMinor: 1_000_000 },
    COMP: { amountMinor: 500_000 },
    DISCOUNT: { amountMinor: 500_000, percent: 50 },
    REFUND: { amountMinor: 1_000_000 },
  },
  'general-manager': { VOID: ALL, COMP: ALL, DISCOUNT: ALL, REFUND: ALL },
  system: { VOID: ALL, COMP: ALL, DISCOUNT: ALL, REFUND: ALL },
};

export interface AdjustmentSize {
  kind: AdjustmentKind;
  amountMinor: number;
  /** a discount's share of the bill it applies to (0–100) */
  percent?: number | null;
}

/** The widest limit among the roles for this kind of adjustment. */
export function limitOf(roles: readonly string[], kind: AdjustmentKind): Limit {
  return roles.reduce<Limit>(
    (best, r) => {
      const l = AUTHORITY[r]?.[kind];
      if (!l) return best;
      return { amountMinor: Math.max(best.amountMinor, l.amountMinor), percent: Math.max(best.percent ?? 0, l.percent ?? 0) };
    },
    { ...NONE },
  );
}

/** Whether these roles may approve an adjustment of this size. */
export function covers(roles: readonly string[], size: AdjustmentSize): boolean {
  const limit = limitOf(roles, size.kind);
  if (size.amountMinor > limit.amountMinor) return false;
  return size.percent == null || size.percent <= (limit.percent ?? 0);
}

/** Amount of a discount on `baseMinor`: a percentage (rounded half up) or a fixed amount, never above the base. */
export function discountAmount(baseMinor: number, d: { percent?: number | null; amountMinor?: number | null }): number {
  const raw = d.percent != null ? Math.round((baseMinor * d.percent) / 100) : (d.amountMinor ?? 0);
  return Math.min(raw, baseMinor);
}

/** Share of the base a discount takes, in percent (for limits on amount-based discounts). */
export const percentOf = (amountMinor: number, baseMinor: number): number => (baseMinor === 0 ? 100 : (amountMinor * 100) / baseMinor);

export const MAX_REASON = 500;

export function reasonProblem(reason: string): string | null {
  const r = reason.trim();
  return r && r.length <= MAX_REASON ? null : `a reason of 1–${MAX_REASON} characters is required`;
}
