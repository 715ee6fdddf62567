/*
 * Rolling cycle counts (滚动盘点) on a schedule by ABC class: items ranked by the value they use
 * (A: the first 80 % of it, B: the next 15 %, C: the rest and what never moves); a bin is as
 * important as its most important item and is due when its interval has passed since it was
 * last counted. Pure.
 */
export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

/** Days between counts of a bin of each class. */
export const COUNT_INTERVAL_DAYS: Readonly<Record<AbcClass, number>> = { A: 30, B: 90, C: 180 };

export function abcClasses(usage: readonly { itemId: string; value: number }[]): Map<string, AbcClass> {
  const total = usage.reduce((s, u) => s + Math.max(0, u.value), 0);
  const out = new Map<string, AbcClass>();
  let before = 0;
  for (const u of [...usage].sort((a, b) => b.value - a.value || a.itemId.localeCompare(b.itemId))) {
    const share = total > 0 ? before / total : 1;
    out.set(u.itemId, u.value <= 0 ? 'C' : share < 0.8 ? 'A' : share < 0.95 ? 'B' : 'C');
    before += Math.max(0, u.value);
  }
  return out;
}

export interface BinFacts {
  locationId: string;
  classes: readonly AbcClass[];
  lastCountedOn: string | null;
}

export interface DueBin {
  locationId: string;
  abcClass: AbcClass;
  lastCountedOn: string | null;
  dueOn: string | null;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Bins due on `today`: never counted, or counted longer ago than their class's interval; A first, then the longest overdue. */
export function dueBins(bins: readonly BinFacts[], today: string): DueBin[] {
  const due: DueBin[] = [];
  for (const b of bins) {
    const abcClass = b.classes.length ? ([...b.classes].sort()[0] as AbcClass) : 'C';
    const dueOn = b.lastCountedOn ? addDays(b.lastCountedOn, COUNT_INTERVAL_DAYS[abcClass]) : null;
    if (dueOn === null || dueOn <= today) due.push({ locationId: b.locationId, abcClass, lastCountedOn: b.lastCountedOn, dueOn });
  }
  return due.sort(
    (a, b) =>
      a.abcClass.localeCompare(b.abcClass) || (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.locationId.localeCompare(b.locationId),
  );
}
