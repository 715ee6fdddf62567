/*
 * Bills (checks): splitting an order, tenders and settlement. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { MAX_AMOUNT_MINOR } from '../order/order.rules';
import type { TenderMethod } from '../till/till.rules';

export const BILL_STATUSES = ['OPEN', 'SETTLED', 'MERGED'] as const;
export type BillStatus = (typeof BILL_STATUSES)[number];
export type BillAction = 'change' | 'settle' | 'merge' | 'correct';
/* A settled bill never changes again: corrections are refunds (payments of kind REFUND). */
export const BILL_MACHINE = stateMachine<BillStatus, BillAction>('bill', BILL_STATUSES, {
  change: { from: ['OPEN'], to: 'OPEN', verb: 'change' },
  settle: { from: ['OPEN'], to: 'SETTLED' },
  merge: { from: ['OPEN'], to: 'MERGED' },
  correct: { from: ['SETTLED'], to: 'SETTLED', verb: 'refund or collect the balance of' },
});

export const SPLIT_MODES = ['SINGLE', 'BY_ITEM', 'BY_SEAT', 'EQUAL'] as const;
export type SplitMode = (typeof SPLIT_MODES)[number];
export const MAX_SPLIT_PARTS = 20;

export interface SplitLine {
  id: string;
  seat: number | null;
  amountMinor: number;
}

export interface BillDraft {
  lines: { orderLineId: string | null; amountMinor: number; seat: number | null; share: string | null }[];
}

/** `total` in `parts` whole shares, the remainder spread one unit at a time over the first shares. */
export function equalShares(total: number, parts: number): number[] {
  const base = Math.floor(total / parts);
  const rest = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < rest ? 1 : 0));
}

export type SplitRequest =
  | { mode: 'SINGLE' }
  | { mode: 'BY_SEAT' }
  | { mode: 'EQUAL'; parts: number }
  | { mode: 'BY_ITEM'; assignments: { lineId: string; part: number }[] };

/**
 * The bills an order splits into, or why it cannot: by item (each line on exactly one bill), by
 * seat (lines without a seat go on the first bill), equally (whole shares of the total).
 */
export function split(lines: readonly SplitLine[], req: SplitRequest): BillDraft[] | string {
  if (lines.length === 0) return 'the order has no lines to bill';
  const whole = (ls: readonly SplitLine[]) => ls.map((l) => ({ orderLineId: l.id, amountMinor: l.amountMinor, seat: l.seat, share: null }));
  switch (req.mode) {
    case 'SINGLE':
      return [{ lines: whole(lines) }];
    case 'BY_SEAT': {
      const seats = [...new Set(lines.map((l) => l.seat ?? 0))].sort((a, b) => a - b);
      if (seats.length < 2) return 'splitting by seat needs lines on at least two seats';
      return seats.map((s) => ({ lines: whole(lines.filter((l) => (l.seat ?? 0) === s)) }));
    }
    case 'EQUAL': {
      if (!Number.isInteger(req.parts) || req.parts < 2 || req.parts > MAX_SPLIT_PARTS)
        return `an equal split needs 2–${MAX_SPLIT_PARTS} parts, got ${req.parts}`;
      const total = lines.reduce((s, l) => s + l.amountMinor, 0);
      return equalShares(total, req.parts).map((amountMinor, i) => ({
        lines: [{ orderLineId: null, amountMinor, seat: null, share: `${i + 1}/${req.parts}` }],
      }));
    }
    case 'BY_ITEM':
      return byItem(lines, req.assignments);
  }
}

function byItem(lines: readonly SplitLine[], assignments: { lineId: string; part: number }[]): BillDraft[] | string {
  const byId = new Map(lines.map((l) => [l.id, l]));
  const seen = new Set<string>();
  for (const a of assignments) {
    if (!byId.has(a.lineId)) return `line ${a.lineId} is not an active line of this order`;
    if (seen.has(a.lineId)) return `line ${a.lineId} is assigned twice`;
    if (!Number.isInteger(a.part) || a.part < 1 || a.part > MAX_SPLIT_PARTS) return `part must be 1–${MAX_SPLIT_PARTS}, got ${a.part}`;
    seen.add(a.lineId);
  }
  const missing = lines.filter((l) => !seen.has(l.id));
  if (missing.length) return `every line must go on a bill; unassigned: ${missing.map((l) => l.id).join(', ')}`;
  const parts = [...new Set(assignments.map((a) => a.part))].sort((a, b) => a - b);
  if (parts.length < 2) return 'a split by item needs at least two bills';
  return parts.map((p) => ({
    lines: assignments
      .filter((a) => a.part === p)
      .map((a) => byId.get(a.lineId)!)
      .map((l) => ({ orderLineId: l.id, amountMinor: l.amountMinor, seat: l.seat, share: null })),
  }));
}

export interface Tender {
  method: TenderMethod;
  amountMinor: number;
  reservationId?: string | null;
}

/**
 * Why tenders do not settle `dueMinor`, or null: every tender positive and bounded, a room charge
 * names its stay, and together they pay exactly what is due (a tip comes on top).
 */
export function tendersProblem(dueMinor: number, tipMinor: number, tenders: readonly Tender[]): string | null {
  if (tenders.length === 0) return dueMinor + tipMinor === 0 ? null : 'at least one tender is needed';
  if (tenders.filter((t) => t.method === 'ROOM_CHARGE').length > 1) return 'a bill takes at most one ROOM_CHARGE tender';
  if (!Number.isInteger(tipMinor) || tipMinor < 0 || tipMinor > MAX_AMOUNT_MINOR) return `tip must be 0–${MAX_AMOUNT_MINOR} minor units`;
  for (const t of tenders) {
    if (!Number.isInteger(t.amountMinor) || t.amountMinor <= 0 || t.amountMinor > MAX_AMOUNT_MINOR)
      return `each tender must be 1–${MAX_AMOUNT_MINOR} minor units, got ${t.amountMinor}`;
    if (t.method === 'ROOM_CHARGE' && !t.reservationId) return 'a ROOM_CHARGE tender needs the reservationId of the stay';
    if (t.method !== 'ROOM_CHARGE' && t.reservationId) return 'only a ROOM_CHARGE tender names a reservation';
  }
  const paid = tenders.reduce((s, t) => s + t.amountMinor, 0);
  if (paid !== dueMinor + tipMinor) return `tenders come to ${paid} but ${dueMinor} is due plus a tip of ${tipMinor}`;
  return null;
}
