/*
 * Cashier tills (收银): float (备用金), cash movements, the count and over/short (长短款). Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

/** How money is taken or given back; WECHAT_PAY and ALIPAY are the mobile methods. */
export const TENDER_METHODS = ['CASH', 'CARD', 'WECHAT_PAY', 'ALIPAY', 'ROOM_CHARGE'] as const;
export type TenderMethod = (typeof TENDER_METHODS)[number];

export const TILL_STATUSES = ['OPEN', 'CLOSED'] as const;
export type TillStatus = (typeof TILL_STATUSES)[number];
export type TillAction = 'record' | 'close';
export const TILL_MACHINE = stateMachine<TillStatus, TillAction>('till', TILL_STATUSES, {
  record: { from: ['OPEN'], to: 'OPEN', verb: 'record a movement on' },
  close: { from: ['OPEN'], to: 'CLOSED' },
});

export interface CashFlows {
  floatMinor: number;
  cashInMinor: number;
  cashRefundedMinor: number;
  droppedMinor: number;
}

/** Cash that should be in the drawer: the float, plus cash taken, less cash refunded and dropped to the safe. */
export const expectedCash = (f: CashFlows): number => f.floatMinor + f.cashInMinor - f.cashRefundedMinor - f.droppedMinor;

/** Over (positive) or short (negative) at the count. */
export const overShort = (countedMinor: number, f: CashFlows): number => countedMinor - expectedCash(f);
