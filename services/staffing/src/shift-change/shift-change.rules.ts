/*
 * Shift swaps and cover requests: who may ask, the status machine, and the shifts a decision
 * produces. The new assignment is checked with the roster rules before it is applied. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const SHIFT_CHANGE_KINDS = ['SWAP', 'COVER'] as const;
export type ShiftChangeKind = (typeof SHIFT_CHANGE_KINDS)[number];

export const SHIFT_CHANGE_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED', 'CANCELLED'] as const;
export type ShiftChangeStatus = (typeof SHIFT_CHANGE_STATUSES)[number];
export type ShiftChangeAction = 'approve' | 'reject' | 'cancel';

export const SHIFT_CHANGE_MACHINE = stateMachine<ShiftChangeStatus, ShiftChangeAction>('shift change', SHIFT_CHANGE_STATUSES, {
  approve: { from: ['REQUESTED'], to: 'APPROVED' },
  reject: { from: ['REQUESTED'], to: 'REJECTED' },
  cancel: { from: ['REQUESTED'], to: 'CANCELLED' },
});

/** Who works which shift once the change is applied: a cover moves one shift, a swap exchanges two. */
export function reassignments(change: {
  kind: ShiftChangeKind;
  shiftId: string;
  requesterId: string;
  counterpartId: string;
  counterpartShiftId: string | null;
}): { shiftId: string; from: string; to: string }[] {
  const moves = [{ shiftId: change.shiftId, from: change.requesterId, to: change.counterpartId }];
  if (change.kind === 'SWAP' && change.counterpartShiftId) {
    moves.push({ shiftId: change.counterpartShiftId, from: change.counterpartId, to: change.requesterId });
  }
  return moves;
}
