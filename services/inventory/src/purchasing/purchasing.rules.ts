/*
 * Purchase orders and receiving (收货): the order's status machine, approval limits per role,
 * weight deduction (收货扣重) and over/under-delivery tolerance. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { fromMilli, toMilli } from '../quantity/quantity.rules';

export const PO_STATUSES = ['DRAFT', 'APPROVED', 'SENT', 'PARTLY_RECEIVED', 'RECEIVED', 'CLOSED', 'CANCELLED'] as const;
export type PoStatus = (typeof PO_STATUSES)[number];

export const PO_MACHINE = stateMachine('purchase order', PO_STATUSES, {
  approve: { from: ['DRAFT'], to: 'APPROVED', verb: 'approve' },
  send: { from: ['APPROVED'], to: 'SENT', verb: 'send' },
  receivePart: { from: ['SENT', 'PARTLY_RECEIVED'], to: 'PARTLY_RECEIVED', verb: 'receive against' },
  receiveAll: { from: ['SENT', 'PARTLY_RECEIVED'], to: 'RECEIVED', verb: 'receive against' },
  close: { from: ['PARTLY_RECEIVED', 'RECEIVED'], to: 'CLOSED', verb: 'close' },
  cancel: { from: ['DRAFT', 'APPROVED', 'SENT'], to: 'CANCELLED', verb: 'cancel' },
});
export type PoAction = (typeof PO_MACHINE.actions)[number];

/** The largest order total (minor units) each role may approve; the general manager has no limit. */
export const APPROVAL_LIMITS: Readonly<Record<string, number>> = {
  storekeeper: 500_000,
  // the store department manager plans the store's monthly purchases
  'store-manager': 1_000_000,
  'fnb-manager': 2_000_000,
  'general-manager': Number.POSITIVE_INFINITY,
  // internal work (the demo seed, jobs) is trusted
  system: Number.POSITIVE_INFINITY,
};

/** The highest limit among the caller's roles (0 when none may approve). */
export const approvalLimit = (roles: readonly string[]) => Math.max(0, ...roles.map((r) => APPROVAL_LIMITS[r] ?? 0));

/** A line's value in minor units: quantity of purchase units × price per purchase unit. */
export const lineTotal = (quantity: number, unitPriceMinor: number) => Math.round(quantity * unitPriceMinor);

/** The order is under the supplier's minimum order quantity for this item and unit. */
export const belowMinimum = (quantity: number, minimum: number) => toMilli(quantity) < toMilli(minimum);

export const DEDUCTION_KINDS = ['PACKAGING', 'ICE', 'MOISTURE'] as const;
export type DeductionKind = (typeof DEDUCTION_KINDS)[number];

/** What comes off a weighed delivery: packaging or ice as a weight, moisture as a percent of gross. */
export interface Deduction {
  kind: DeductionKind;
  weight?: number | null;
  percent?: number | null;
}

export type NetWeight = { ok: true; net: number; deducted: number } | { ok: false; reason: string };

/**
 * Net weight of a weighed delivery (收货扣重): gross minus packaging and ice weights minus
 * moisture as a percent of gross. Each deduction is a weight or a percent, never both; the
 * deductions must leave something.
 */
export function netWeight(gross: number, deductions: readonly Deduction[]): NetWeight {
  if (!(gross > 0)) return { ok: false, reason: `gross weight must be greater than 0, got ${gross}` };
  let off = 0;
  for (const d of deductions) {
    const hasWeight = d.weight != null;
    const hasPercent = d.percent != null;
    if (hasWeight === hasPercent) return { ok: false, reason: `${d.kind}: give either a weight or a percent` };
    if (hasWeight && !(d.weight! >= 0)) return { ok: false, reason: `${d.kind}: weight must not be negative` };
    if (hasPercent && !(d.percent! >= 0 && d.percent! < 100)) return { ok: false, reason: `${d.kind}: percent must be 0–99.99` };
    off += hasWeight ? toMilli(d.weight!) : Math.round((toMilli(gross) * d.percent!) / 100);
  }
  const net = toMilli(gross) - off;
  if (net <= 0) return { ok: false, reason: `deductions (${fromMilli(off)}) leave nothing of ${gross}` };
  return { ok: true, net: fromMilli(net), deducted: fromMilli(off) };
}

export type ToleranceCheck = { ok: true; complete: boolean } | { ok: false; maxAcceptable: number };

/**
 * Over- and under-delivery against an order line: the line may be received up to
 * `tolerancePercent` over what was ordered (beyond that is refused); it counts as complete
 * once it is within the tolerance under the ordered quantity.
 */
export function checkTolerance(ordered: number, alreadyReceived: number, accepting: number, tolerancePercent: number): ToleranceCheck {
  const max = Math.floor((toMilli(ordered) * (100 + tolerancePercent)) / 100);
  const total = toMilli(alreadyReceived) + toMilli(accepting);
  if (total > max) return { ok: false, maxAcceptable: fromMilli(Math.max(0, max - toMilli(alreadyReceived))) };
  const min = Math.ceil((toMilli(ordered) * (100 - tolerancePercent)) / 100);
  return { ok: true, complete: total >= min };
}

/** Receiving KPIs of a set of receipts: on-time share and rejected share of what was delivered. */
export function receivingKpis(receipts: readonly { onTime: boolean | null; delivered: number; rejected: number }[]) {
  const timed = receipts.filter((r) => r.onTime != null);
  const delivered = receipts.reduce((s, r) => s + toMilli(r.delivered), 0);
  const rejected = receipts.reduce((s, r) => s + toMilli(r.rejected), 0);
  return {
    receipts: receipts.length,
    onTimeRate: timed.length ? timed.filter((r) => r.onTime).length / timed.length : null,
    rejectionRate: delivered ? rejected / delivered : null,
  };
}
