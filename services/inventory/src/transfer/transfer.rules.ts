/*
 * Transfers (调拨) in two legs: out of the sending location into transit, then into the receiving
 * one. Requisitions (提货单) from outlets are answered with a transfer. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { fromMilli, toMilli } from '../quantity/quantity.rules';

export const TRANSFER_STATUSES = ['IN_TRANSIT', 'PARTLY_RECEIVED', 'RECEIVED', 'CLOSED_SHORT'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];
export const TRANSFER_MACHINE = stateMachine('transfer', TRANSFER_STATUSES, {
  receive: { from: ['IN_TRANSIT', 'PARTLY_RECEIVED'], to: 'RECEIVED', verb: 'receive' },
  receivePart: { from: ['IN_TRANSIT', 'PARTLY_RECEIVED'], to: 'PARTLY_RECEIVED', verb: 'receive' },
  writeOffLoss: { from: ['PARTLY_RECEIVED'], to: 'CLOSED_SHORT', verb: 'write off the transit loss of' },
});
export type TransferAction = (typeof TRANSFER_MACHINE.actions)[number];

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
  /** why the last receipt of this line came short */
  shortReason?: string | null;
  /** written off as transit loss */
  lost?: number;
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

/** What remains in transit on a transfer line (neither received nor written off). */
export const inTransit = (l: TransferLine) => fromMilli(toMilli(l.quantity) - toMilli(l.received) - toMilli(l.lost ?? 0));

/** One line as it arrives at the receiving location; a short one says why. */
export interface ArrivingLine {
  itemId: string;
  quantity: number;
  reason?: string | null;
}

export type Arrival =
  | { ok: true; lines: TransferLine[]; arrived: { itemId: string; quantity: number }[]; short: TransferLine[]; complete: boolean }
  | {
      ok: false;
      code: 'TRANSFER.LINE_NOT_FOUND' | 'TRANSFER.OVER_RECEIVED' | 'TRANSFER.SHORT_REASON_REQUIRED';
      message: string;
      itemId: string;
    };

/**
 * A receiving leg (decision): what arrives short stays in transit — it may still turn up on a
 * later receipt — until a manager writes it off as transit loss. Without a list everything in
 * transit arrives. With one, each named line takes at most what is in transit; a line taking
 * less (or not named) needs a reason. Complete when nothing remains in transit.
 */
export function planArrival(lines: readonly TransferLine[], arriving?: readonly ArrivingLine[]): Arrival {
  const all: ArrivingLine[] = lines.map((l) => ({ itemId: l.itemId, quantity: inTransit(l) }));
  const given = new Map((arriving ?? all).map((a) => [a.itemId, a]));
  for (const a of given.values()) {
    if (!lines.some((l) => l.itemId === a.itemId)) {
      return { ok: false, code: 'TRANSFER.LINE_NOT_FOUND', message: `Item ${a.itemId} is not on this transfer`, itemId: a.itemId };
    }
  }
  const next: TransferLine[] = [];
  const arrived: { itemId: string; quantity: number }[] = [];
  const short: TransferLine[] = [];
  for (const l of lines) {
    const pending = inTransit(l);
    const a = given.get(l.itemId);
    const q = a?.quantity ?? 0;
    if (toMilli(q) > toMilli(pending)) {
      return {
        ok: false,
        code: 'TRANSFER.OVER_RECEIVED',
        message: `${q} of item ${l.itemId} received, only ${pending} in transit`,
        itemId: l.itemId,
      };
    }
    const isShort = toMilli(q) < toMilli(pending);
    if (isShort && !a?.reason?.trim()) {
      return {
        ok: false,
        code: 'TRANSFER.SHORT_REASON_REQUIRED',
        message: `Item ${l.itemId}: ${q} received of ${pending} in transit; say why the rest did not arrive`,
        itemId: l.itemId,
      };
    }
    const line: TransferLine = {
      ...l,
      received: fromMilli(toMilli(l.received) + toMilli(q)),
      ...(isShort ? { shortReason: a!.reason!.trim() } : {}),
    };
    if (q > 0) arrived.push({ itemId: l.itemId, quantity: q });
    if (isShort) short.push(line);
    next.push(line);
  }
  return { ok: true, lines: next, arrived, short, complete: next.every((l) => inTransit(l) === 0) };
}

/** Writing off what is still in transit: each such line loses it; the lines after and what was lost. */
export function transitLoss(lines: readonly TransferLine[]): { lines: TransferLine[]; lost: { itemId: string; quantity: number }[] } {
  const lost = lines.filter((l) => inTransit(l) > 0).map((l) => ({ itemId: l.itemId, quantity: inTransit(l) }));
  return {
    lines: lines.map((l) => {
      const q = inTransit(l);
      return q > 0 ? { ...l, lost: fromMilli(toMilli(l.lost ?? 0) + toMilli(q)) } : l;
    }),
    lost,
  };
}
