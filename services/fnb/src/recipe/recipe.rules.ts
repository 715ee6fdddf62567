/*
 * Recipes (bills of materials) explode sales into ingredients; theoretical cost follows. Pure.
 */

export interface RecipeLine {
  inventoryItemId: string;
  quantity: number;
}

/** Ingredients used by `sold` portions, summed per inventory item (first-seen order). */
export function explode(sold: readonly { quantity: number; recipe: readonly RecipeLine[] }[]): RecipeLine[] {
  const totals = new Map<string, number>();
  for (const s of sold)
    for (const l of s.recipe) totals.set(l.inventoryItemId, round3((totals.get(l.inventoryItemId) ?? 0) + l.quantity * s.quantity));
  return [...totals].map(([inventoryItemId, quantity]) => ({ inventoryItemId, quantity }));
}

/** Theoretical cost of one portion in minor units (rounded), from current unit costs; unknown costs count as missing. */
export function portionCost(
  recipe: readonly RecipeLine[],
  unitCost: ReadonlyMap<string, number>,
): { costMinor: number; missing: string[] } {
  let cost = 0;
  const missing: string[] = [];
  for (const l of recipe) {
    const c = unitCost.get(l.inventoryItemId);
    if (c === undefined) missing.push(l.inventoryItemId);
    else cost += c * l.quantity;
  }
  return { costMinor: Math.round(cost), missing };
}

export const round3 = (n: number): number => Math.round(n * 1000) / 1000;

export const MAX_RECIPE_QUANTITY = 100_000;

export function recipeProblem(lines: readonly RecipeLine[]): string | null {
  if (lines.length === 0) return 'a recipe needs at least one ingredient';
  if (new Set(lines.map((l) => l.inventoryItemId)).size !== lines.length) return 'each ingredient appears once per recipe';
  const bad = lines.find((l) => !(Number.isFinite(l.quantity) && l.quantity > 0 && l.quantity <= MAX_RECIPE_QUANTITY));
  return bad ? `ingredient quantity must be above 0 and at most ${MAX_RECIPE_QUANTITY}, got ${bad.quantity}` : null;
}
