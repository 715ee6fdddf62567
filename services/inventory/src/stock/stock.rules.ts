/*
 * Stock arithmetic: movements, on-hand and the ledger's balance, in exact thousandths.
 */
import { MAX_QUANTITY, QUANTITY_DECIMALS, fromMilli, hasExcessDecimals, toMilli } from '../quantity/quantity.rules';

export const MOVEMENT_KINDS = ['RECEIPT', 'ISSUE'] as const;
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

/** Why a movement quantity is unacceptable, or null when it is fine. */
export function quantityProblem(quantity: number): string | null {
  if (typeof quantity !== 'number' || !Number.isFinite(quantity)) return `quantity must be a finite number, got ${quantity}`;
  if (quantity <= 0) return `quantity must be greater than 0, got ${quantity}`;
  if (quantity > MAX_QUANTITY) return `quantity must be at most ${MAX_QUANTITY}, got ${quantity}`;
  if (hasExcessDecimals(quantity)) {
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
