/*
 * Damaged goods (残损): reported, then approved for disposal (posted as WRITE_OFF) or rejected.
 * The reason is what makes shrinkage "explained". Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';

export const WRITE_OFF_REASONS = ['DAMAGE', 'EXPIRY', 'BREAKAGE', 'WASTE'] as const;
export type WriteOffReason = (typeof WRITE_OFF_REASONS)[number];

export const WRITE_OFF_STATUSES = ['REPORTED', 'DISPOSED', 'REJECTED'] as const;
export type WriteOffStatus = (typeof WRITE_OFF_STATUSES)[number];

export const WRITE_OFF_MACHINE = stateMachine('write-off', WRITE_OFF_STATUSES, {
  dispose: { from: ['REPORTED'], to: 'DISPOSED', verb: 'approve the disposal of' },
  reject: { from: ['REPORTED'], to: 'REJECTED', verb: 'reject' },
});
