/*
 * Pure order rules: the status machine, settlement requirements and totals. No I/O, no frameworks.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const ORDER_STATUSES = ['OPEN', 'SENT', 'SETTLED', 'VOIDED'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const SETTLEMENTS = ['ROOM_CHARGE', 'DIRECT'] as const;
export type Settlement = (typeof SETTLEMENTS)[number];

/** How a DIRECT settlement was paid; MOBILE covers WeChat Pay / Alipay. */
export const PAYMENT_METHODS = ['CASH', 'CARD', 'MOBILE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export type OrderAction = 'addLines' | 'send' | 'settle' | 'void';

/*
 * Lines added after the kitchen has the order reopen it: the new lines must be sent before the
 * bill can be settled.
 */
export const ORDER_MACHINE = stateMachine<OrderStatus, OrderAction>('order', ORDER_STATUSES, {
  addLines: { from: ['OPEN', 'SENT'], to: 'OPEN', verb: 'add lines to' },
  send: { from: ['OPEN'], to: 'SENT', verb: 'send to the kitchen' },
  settle: { from: ['SENT'], to: 'SETTLED' },
  void: { from: ['OPEN', 'SENT'], to: 'VOIDED' },
});

export interface PricedLine {
  unitPriceMinor: number;
  quantity: number;
}

/** Largest total an order may reach: totals are stored as 32-bit integers of minor units. */
export const MAX_ORDER_TOTAL_MINOR = 2_147_483_647;
export const MAX_LINE_QUANTITY = 99;
/** Lines one request may add (a whole table's order fits easily). */
export const MAX_LINES_PER_REQUEST = 100;

export function lineAmount(line: PricedLine): number {
  return line.unitPriceMinor * line.quantity;
}

/** Sum of the lines in minor units. */
export function orderTotal(lines: readonly PricedLine[]): number {
  return lines.reduce((sum, l) => sum + lineAmount(l), 0);
}

/** Why a line quantity is not acceptable, or null. */
export function quantityProblem(quantity: number): string | null {
  if (Number.isInteger(quantity) && quantity >= 1 && quantity <= MAX_LINE_QUANTITY) return null;
  return `quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}, got ${quantity}`;
}

/** Why a set of lines cannot be priced, or null. */
export function linesProblem(lines: readonly PricedLine[]): string | null {
  for (const l of lines) {
    const q = quantityProblem(l.quantity);
    if (q) return q;
    if (!Number.isInteger(l.unitPriceMinor) || l.unitPriceMinor < 0)
      return `unit price must be a non-negative whole number of minor units, got ${l.unitPriceMinor}`;
  }
  if (orderTotal(lines) > MAX_ORDER_TOTAL_MINOR) return `the order total would exceed ${MAX_ORDER_TOTAL_MINOR} minor units`;
  return null;
}

export type SettlementProblem = { code: 'ORDER.ROOM_CHARGE_NEEDS_RESERVATION' | 'INPUT.INVALID'; message: string } | null;

/**
 * What a settlement needs: a room charge lands on a reservation's folio, so it needs the
 * reservation; a direct settlement needs to know how the guest paid.
 */
export function settlementProblem(
  settlement: Settlement,
  reservationId: string | null,
  paymentMethod: PaymentMethod | null,
): SettlementProblem {
  if (settlement === 'ROOM_CHARGE') {
    if (!reservationId) {
      return {
        code: 'ORDER.ROOM_CHARGE_NEEDS_RESERVATION',
        message: 'A ROOM_CHARGE settlement needs a reservationId (on the order or in settleOrder)',
      };
    }
    if (paymentMethod)
      return { code: 'INPUT.INVALID', message: 'paymentMethod applies only to DIRECT settlement; a room charge is paid on the folio' };
    return null;
  }
  if (!paymentMethod) return { code: 'INPUT.INVALID', message: 'A DIRECT settlement needs a paymentMethod (CASH, CARD or MOBILE)' };
  return null;
}
