/*
 * Counts (盘点): cycle counts of a few bins and full stocktakes. Variance, the recount rule and
 * bin accuracy (货位准确率) — pure.
 */
import { stateMachine } from '@hotelops/kernel/rules';
import { fromMilli, toMilli } from '../quantity/quantity.rules';
import { valueOf } from '../valuation/valuation.rules';

export const COUNT_KINDS = ['CYCLE', 'FULL'] as const;
export type CountKind = (typeof COUNT_KINDS)[number];

export const COUNT_STATUSES = ['OPEN', 'RECOUNT', 'COUNTED', 'POSTED', 'CANCELLED'] as const;
export type CountStatus = (typeof COUNT_STATUSES)[number];

export const COUNT_MACHINE = stateMachine('count', COUNT_STATUSES, {
  requestRecount: { from: ['OPEN'], to: 'RECOUNT', verb: 'ask for a recount of' },
  complete: { from: ['OPEN', 'RECOUNT'], to: 'COUNTED', verb: 'complete' },
  approve: { from: ['COUNTED'], to: 'POSTED', verb: 'approve' },
  cancel: { from: ['OPEN', 'RECOUNT', 'COUNTED'], to: 'CANCELLED', verb: 'cancel' },
});
export type CountAction = (typeof COUNT_MACHINE.actions)[number];

export interface CountLineFacts {
  locationId: string;
  expected: number;
  counted: number | null;
  unitCost: number;
  recounts: number;
}

/** Counted minus expected (盘盈 positive, 盘亏 negative); an uncounted line has none yet. */
export const variance = (l: Pick<CountLineFacts, 'expected' | 'counted'>) =>
  l.counted == null ? 0 : fromMilli(toMilli(l.counted) - toMilli(l.expected));

/** The variance's value at the cost frozen when the count opened, minor units. */
export const varianceValue = (l: CountLineFacts) => valueOf(variance(l), l.unitCost);

/**
 * A line needs a second count when its variance exceeds the threshold (percent of expected;
 * any difference on a line expected empty) and it has not been recounted yet.
 */
export function needsRecount(l: CountLineFacts, thresholdPercent: number): boolean {
  if (l.counted == null || l.recounts > 0) return false;
  const diff = Math.abs(toMilli(variance(l)));
  if (diff === 0) return false;
  if (toMilli(l.expected) === 0) return true;
  return diff * 100 > toMilli(l.expected) * thresholdPercent;
}

/** Bin accuracy: the share of counted bins whose every line matched the books, 0–1 (1 when none were counted). */
export function binAccuracy(lines: readonly CountLineFacts[]): { binsCounted: number; binsAccurate: number; accuracy: number } {
  const bins = new Map<string, boolean>();
  for (const l of lines) {
    if (l.counted == null) continue;
    bins.set(l.locationId, (bins.get(l.locationId) ?? true) && variance(l) === 0);
  }
  const binsCounted = bins.size;
  const binsAccurate = [...bins.values()].filter(Boolean).length;
  return { binsCounted, binsAccurate, accuracy: binsCounted ? binsAccurate / binsCounted : 1 };
}
