/*
 * Vendor exchanges (换货): goods sent back against a purchase order line and the supplier's
 * replacement received against the same exchange. Pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { fromMilli, toMilli } from '../quantity/quantity.rules';
import { roundCost } from '../valuation/valuation.rules';

export const EXCHANGE_STATUSES = ['AWAITING_REPLACEMENT', 'PARTLY_REPLACED', 'REPLACED'] as const;
export type ExchangeStatus = (typeof EXCHANGE_STATUSES)[number];

export const EXCHANGE_MACHINE = stateMachine('vendor exchange', EXCHANGE_STATUSES, {
  replacePart: { from: ['AWAITING_REPLACEMENT', 'PARTLY_REPLACED'], to: 'PARTLY_REPLACED', verb: 'receive a replacement for' },
  replaceAll: { from: ['AWAITING_REPLACEMENT', 'PARTLY_REPLACED'], to: 'REPLACED', verb: 'receive a replacement for' },
});
export type ExchangeAction = (typeof EXCHANGE_MACHINE.actions)[number];

/** Still owed by the supplier. */
export const outstanding = (x: { returned: number; replaced: number }) => fromMilli(toMilli(x.returned) - toMilli(x.replaced));

export type Replacement = { ok: true; replaced: number; action: ExchangeAction } | { ok: false; owed: number };

/** A replacement may bring at most what is still owed; the exchange is done when nothing is. */
export function replace(x: { returned: number; replaced: number }, quantity: number): Replacement {
  const owed = outstanding(x);
  if (toMilli(quantity) > toMilli(owed)) return { ok: false, owed };
  const replaced = fromMilli(toMilli(x.replaced) + toMilli(quantity));
  return { ok: true, replaced, action: toMilli(replaced) === toMilli(x.returned) ? 'replaceAll' : 'replacePart' };
}

/**
 * The replacement comes in at the order line's price per stock unit (the supplier swaps like for
 * like, no new charge): the goods that left at the moving average are replaced at what they cost.
 */
export const replacementCost = (line: { unitPriceMinor: number; factor: number }) => roundCost(line.unitPriceMinor / line.factor);
