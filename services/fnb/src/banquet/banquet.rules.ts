/*
 * Banquet event orders (宴会): agreed, then settled to the group's account. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const BANQUET_STATUSES = ['TENTATIVE', 'CONFIRMED', 'SETTLED', 'CANCELLED'] as const;
export type BanquetStatus = (typeof BANQUET_STATUSES)[number];
export type BanquetAction = 'confirm' | 'settle' | 'cancel';
export const BANQUET_MACHINE = stateMachine<BanquetStatus, BanquetAction>('banquet', BANQUET_STATUSES, {
  confirm: { from: ['TENTATIVE'], to: 'CONFIRMED' },
  settle: { from: ['CONFIRMED'], to: 'SETTLED' },
  cancel: { from: ['TENTATIVE', 'CONFIRMED'], to: 'CANCELLED' },
});

/** What the group owes at settlement: covers × set price, less the deposit already paid. */
export function banquetBalance(covers: number, setPriceMinor: number, depositMinor: number): number {
  return Math.max(0, covers * setPriceMinor - depositMinor);
}
