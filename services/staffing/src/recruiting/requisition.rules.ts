/* Recruiting requisitions (招聘需求): asked by a department, approved by HR, filled by hires. Pure. */
import { stateMachine } from '@hotelops/kernel/rules';

export const REQUISITION_STATUSES = ['REQUESTED', 'APPROVED', 'FILLED', 'REJECTED', 'CANCELLED'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];
export type RequisitionAction = 'approve' | 'reject' | 'cancel' | 'fill' | 'fillLast';

export const REQUISITION_MACHINE = stateMachine<RequisitionStatus, RequisitionAction>('requisition', REQUISITION_STATUSES, {
  approve: { from: ['REQUESTED'], to: 'APPROVED' },
  reject: { from: ['REQUESTED'], to: 'REJECTED' },
  cancel: { from: ['REQUESTED', 'APPROVED'], to: 'CANCELLED' },
  fill: { from: ['APPROVED'], to: 'APPROVED', verb: 'fill' },
  fillLast: { from: ['APPROVED'], to: 'FILLED', verb: 'fill' },
});

/** The action a hire is: the last seat fills the requisition. */
export const fillAction = (hired: number, headcount: number): RequisitionAction => (hired + 1 >= headcount ? 'fillLast' : 'fill');
