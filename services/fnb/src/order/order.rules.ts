/*
 * Pure order rules: kinds, the status machine, line pricing with modifiers and limits. No I/O.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const ORDER_KINDS = ['DINE_IN', 'ROOM_SERVICE', 'WALK_IN'] as const;
export type OrderKind = (typeof ORDER_KINDS)[number];

export const ORDER_STATUSES = ['OPEN', 'BILLED', 'SETTLED', 'VOIDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export type OrderAction = 'addLines' | 'fire' | 'adjust' | 'bill' | 'settle' | 'void';

/*
 * An order takes lines and fires courses while OPEN; billing freezes it (its bills carry the
 * amounts); it is SETTLED when its last bill is. Voiding the whole order needs an approved void.
 */
export const ORDER_MACHINE = stateMachine<OrderStatus, OrderAction>('order', ORDER_STATUSES, {
  addLines: { from: ['OPEN'], to: 'OPEN', verb: 'add lines to' },
  fire: { from: ['OPEN'], to: 'OPEN', verb: 'fire courses of' },
  adjust: { from: ['OPEN'], to: 'OPEN', verb: 'void or comp lines of' },
  bill: { from: ['OPEN'], to: 'BILLED' },
  settle: { from: ['BILLED'], to: 'SETTLED' },
  void: { from: ['OPEN'], to: 'VOIDED' },
});

export const LINE_STATUSES = ['ACTIVE', 'VOIDED', 'COMPED'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** Largest amount of one line or one tender, in minor units (1,000,000.00 of a 2-decimal currency). */
export const MAX_AMOUNT_MINOR = 100_000_000;
/** Largest total an order or bill may reach: amounts are 32-bit integers of minor units. */
export const MAX_ORDER_TOTAL_MINOR = 2_147_483_647;
export const MAX_LINE_QUANTITY = 999;
/** Lines one request may add (a whole table's order fits easily). */
export const MAX_LINES_PER_REQUEST = 100;
export const MAX_SEAT = 99;

export interface PricedLine {
  unitPriceMinor: number;
  quantity: number;
}

export const lineAmount = (line: PricedLine): number => line.unitPriceMinor * line.quantity;

/** Sum of the lines in minor units. */
export const orderTotal = (lines: readonly PricedLine[]): number => lines.reduce((sum, l) => sum + lineAmount(l), 0);

/** What a guest pays for a line: comped and voided lines are free. */
export const chargedAmount = (line: PricedLine & { status: LineStatus }): number => (line.status === 'ACTIVE' ? lineAmount(line) : 0);

/** Why a line quantity is not acceptable, or null. */
export function quantityProblem(quantity: number): string | null {
  if (Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY) return null;
  return `quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}, got ${quantity}`;
}

export function seatProblem(seat: number | null | undefined): string | null {
  if (seat == null || (Number.isInteger(seat) && seat >= 1 && seat <= MAX_SEAT)) return null;
  return `seat must be 1–${MAX_SEAT}, got ${seat}`;
}

/** Why a set of priced lines cannot stand, or null. */
export function linesProblem(lines: readonly PricedLine[]): string | null {
  for (const l of lines) {
    const q = quantityProblem(l.quantity);
    if (q) return q;
    if (!Number.isInteger(l.unitPriceMinor) || l.unitPriceMinor < 0)
      return `unit price must be a non-negative whole number of minor units, got ${l.unitPriceMinor}`;
    if (lineAmount(l) > MAX_AMOUNT_MINOR) return `a line may come to at most ${MAX_AMOUNT_MINOR} minor units, got ${lineAmount(l)}`;
  }
  if (orderTotal(lines) > MAX_ORDER_TOTAL_MINOR) return `the order total would exceed ${MAX_ORDER_TOTAL_MINOR} minor units`;
  return null;
}

export interface ModifierGroupRule {
  id: string;
  name: string;
  minSelect: number;
  maxSelect: number;
}

/**
 * Why a selection of modifiers does not fit the item's groups, or null: each group's min/max,
 * and no modifier from a group the item does not offer.
 */
export function modifierSelectionProblem(
  groups: readonly ModifierGroupRule[],
  chosen: readonly { id: string; groupId: string }[],
): string | null {
  const offered = new Set(groups.map((g) => g.id));
  const stray = chosen.find((m) => !offered.has(m.groupId));
  if (stray) return `modifier ${stray.id} is not offered with this item`;
  if (new Set(chosen.map((m) => m.id)).size !== chosen.length) return 'a modifier is chosen at most once per line';
  for (const g of groups) {
    const n = chosen.filter((m) => m.groupId === g.id).length;
    if (n < g.minSelect || n > g.maxSelect) {
      const range = g.minSelect === g.maxSelect ? `${g.minSelect}` : `${g.minSelect}–${g.maxSelect}`;
      return `${g.name}: choose ${range}, got ${n}`;
    }
  }
  return null;
}

/** Unit price of a line: the item's price in force plus each chosen modifier's delta (never below zero). */
export const unitPrice = (itemPriceMinor: number, deltas: readonly number[]): number =>
  Math.max(
    0,
    deltas.reduce((sum, d) => sum + d, itemPriceMinor),
  );
