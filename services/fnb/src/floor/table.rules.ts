/*
 * Live table status on the floor plan. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const TABLE_STATUSES = ['FREE', 'SEATED', 'ORDERED', 'BILL_REQUESTED', 'NEEDS_CLEARING'] as const;
export type TableStatus = (typeof TABLE_STATUSES)[number];
export type TableAction = 'seat' | 'order' | 'requestBill' | 'paid' | 'clear' | 'leave';

export const TABLE_MACHINE = stateMachine<TableStatus, TableAction>('table', TABLE_STATUSES, {
  seat: { from: ['FREE'], to: 'SEATED' },
  order: { from: ['SEATED', 'ORDERED'], to: 'ORDERED', verb: 'take an order at' },
  requestBill: { from: ['ORDERED'], to: 'BILL_REQUESTED', verb: 'request the bill of' },
  paid: { from: ['ORDERED', 'BILL_REQUESTED'], to: 'NEEDS_CLEARING', verb: 'mark paid' },
  clear: { from: ['NEEDS_CLEARING'], to: 'FREE' },
  leave: { from: ['SEATED', 'ORDERED', 'BILL_REQUESTED'], to: 'FREE', verb: 'move the party away from' },
});

export const MAX_COVERS = 200;

export function coversProblem(covers: number): string | null {
  return Number.isInteger(covers) && covers >= 1 && covers <= MAX_COVERS ? null : `covers must be 1–${MAX_COVERS}, got ${covers}`;
}
