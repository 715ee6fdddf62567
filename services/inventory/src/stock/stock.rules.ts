/*
 * Stock arithmetic: movements, on-hand and the ledger's balance, in exact thousandths.
 */
import { MOVEMENT_KINDS } from '@hotelops/contracts';
import { MAX_QUANTITY, QUANTITY_DECIMALS, fromMilli, hasExcessDecimals, toMilli } from '../quantity/quantity.rules';

/** Every kind of ledger movement: declared once in the contracts (StockMoved carries it). */
export { MOVEMENT_KINDS };
export type MovementKind = (typeof MOVEMENT_KINDS)[number];

export const DIRECTIONS = ['IN', 'OUT'] as const;
export type Direction = (typeof DIRECTIONS)[number];

const FIXED: Partial<Record<MovementKind, Direction>> = {
  RECEIPT: 'IN',
  TRANSFER_IN: 'IN',
  ISSUE: 'OUT',
  TRANSFER_OUT: 'OUT',
  CONSUMPTION: 'OUT',
  RETURN_TO_VENDOR: 'OUT',
  WRITE_OFF: 'OUT',
};

/** The direction a kind moves stock, given the one asked for where the kind allows both. */
export function directionOf(kind: MovementKind, asked?: Direction): Direction | null {
  const fixed = FIXED[kind];
  if (fixed) return !asked || asked === fixed ? fixed : null;
  return asked ?? null;
}

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
export function signedQuantity(direction: Direction, quantity: number): number {
  return direction === 'IN' ? quantity : -quantity;
}

export type MovementResult = { ok: true; onHand: number } | { ok: false; reason: string; shortBy: number };

/** On-hand after a movement; nothing may take it below zero. */
export function applyMovement(onHand: number, direction: Direction, quantity: number): MovementResult {
  const after = toMilli(onHand) + toMilli(signedQuantity(direction, quantity));
  if (after < 0) {
    return { ok: false, reason: `only ${onHand} on hand, ${quantity} requested`, shortBy: fromMilli(-after) };
  }
  return { ok: true, onHand: fromMilli(after) };
}

/** On-hand as the ledger defines it: what came in minus what went out. */
export function ledgerBalance(entries: readonly { direction: Direction; quantity: number }[]): number {
  return fromMilli(entries.reduce((sum, e) => sum + toMilli(signedQuantity(e.direction, e.quantity)), 0));
}

/** Time to reorder: on-hand has fallen to or below the item's reorder point. */
export function isBelowReorderPoint(onHand: number, reorderPoint: number): boolean {
  return toMilli(onHand) <= toMilli(reorderPoint);
}

export type StockSignal = 'RAN_OUT' | 'FELL_LOW' | 'REPLENISHED' | null;

/**
 * The level event a movement crosses into: out of stock at zero, low at or below the reorder
 * point, replenished when it climbs back out of either. Staying on one side says nothing.
 */
export function stockSignal(before: number, after: number, reorderPoint: number): StockSignal {
  const state = (q: number) => (toMilli(q) <= 0 ? 2 : reorderPoint > 0 && isBelowReorderPoint(q, reorderPoint) ? 1 : 0);
  const [was, is] = [state(before), state(after)];
  if (was === is) return null;
  if (is === 2) return 'RAN_OUT';
  if (is === 1 && was === 0) return 'FELL_LOW';
  return 'REPLENISHED';
}
