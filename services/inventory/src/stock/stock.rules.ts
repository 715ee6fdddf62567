/*
 * Stock arithmetic. Quantities are decimals with at most three places (numeric(14,3) in the
 * database); sums are done in integer thousandths so 0.1 + 0.2 is 0.3, not 0.30000000000000004.
 */

export const MOVEMENT_KINDS = ['RECEIPT', 'ISSUE'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const QUANTITY_DECIMALS = 3;
const SCALE = 10 ** QUANTITY_DECIMALS;
/** numeric(14,3) holds 11 integer digits. */
export const MAX_QUANTITY = 99_999_999_999;

const toMilli = (q: number) => Math.round(q * SCALE);
const fromMilli = (m: number) => m / SCALE;

/** Why a movement quantity is unacceptable, or null when it is fine. */
export function quantityProblem(quantity: number): string | null {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity)) return `quantity must be a finite number, got ${quantity}`;
  if (quantity <= 0) return `quantity must be greater than 0, got ${quantity}`;
  if (quantity > MAX_QUANTITY) return `quantity must be at most ${MAX_QUANTITY}, got ${quantity}`;
  if (Math.abs(quantity * SCALE - toMilli(quantity)) > 1e-6) {
    return `quantity must have at most ${QUANTITY_DECIMALS} decimal places, got ${quantity}`;
  }
  return null;
}

/** The signed effect of one ledger entry on on-hand. */
export function signedQuantity(kind: MovementKind, quantity: number): number {
  return kind === 'RECEIPT' ? quantity : -quantity;
}

export type MovementResult = { ok: true; onHand: number } | { ok: false; reason: string; shortBy: number };

/** On-hand after a movement; an issue may never take it below zero. */
export function applyMovement(onHand: number, kind: MovementKind, quantity: number): MovementResult {
  const after = toMilli(onHand) + toMilli(signedQuantity(kind, quantity));
  if (after < 0) {
    return { ok: false, reason: `only ${onHand} on hand, ${quantity} requested`, shortBy: fromMilli(-after) };
  }
  return { ok: true, onHand: fromMilli(after) };
}

/** On-hand as the ledger defines it: receipts minus issues. */
export function ledgerBalance(entries: readonly { kind: MovementKind; quantity: number }[]): number {
  return fromMilli(entries.reduce((sum, e) => sum + toMilli(signedQuantity(e.kind, e.quantity)), 0));
}

/** Time to reorder: on-hand has fallen to or below the item's reorder point. */
export function isBelowReorderPoint(onHand: number, reorderPoint: number): boolean {
  return toMilli(onHand) <= toMilli(reorderPoint);
}
