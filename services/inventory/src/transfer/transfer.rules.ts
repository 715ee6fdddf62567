/*
 * Transfers (调拨) in two legs: out of the sending location into transit, then into the receiving
 * one. Requisitions (提货单) from outlets are answered with a transfer. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { fromMilli, toMilli } from '../quantity/quantity.rules';

export const TRANSFER_STATUSES = ['IN_TRANSIT', 'RECEIVED'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_MACHINE = stateMachine('transfer', TRANSFER_STATUSES, {
  receive: { from: ['IN_TRANSIT'], to: 'RECEIVED', verb: 'receive' },
});

export const REQUISITION_STATUSES = ['ACCEPTED', 'PICKED', 'DELIVERED', 'SHORT', 'REJECTED'] as const;
export type RequisitionStatus = (typeof REQUISITION_STATUSES)[number];
export const REQUISITION_MACHINE = stateMachine('requisition', REQUISITION_STATUSES, {
  pick: { from: ['ACCEPTED'], to: 'PICKED', verb: 'pick' },
  deliver: { from: ['PICKED'], to: 'DELIVERED', verb: 'deliver' },
  deliverShort: { from: ['PICKED'], to: 'SHORT', verb: 'deliver' },
  reject: { from: ['ACCEPTED'], to: 'REJECTED', verb: 'reject' },
});

export interface TransferLine {
  itemId: string;
  quantity: number;
  received: number;
}

export interface RequisitionLine {
  lineId: string;
  itemId: string;
  requested: number;
  picked: number;
  delivered: number;
}

/** A delivered requisition is SHORT when any line got less than was asked for. */
export const isShort = (lines: readonly RequisitionLine[]) => lines.some((l) => toMilli(l.delivered) < toMilli(l.requested));

/** What remains in transit on a transfer line. */
export const inTransit = (l: TransferLine) => fromMilli(toMilli(l.quantity) - toMilli(l.received));
