import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { DepletionRecorded, type PayloadOf } from '@hotelops/contracts';
import { DomainError, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { MenuItemEntity, ModifierEntity, ModifierGroupEntity, StockLowEntity, StockOutEntity } from '../menu/menu-item.entity';
import { portionsFrom } from '../menu/menu.rules';
import { ConsumptionEntity, ItemCostEntity, RecipeEntity, RecipeLineEntity, UnmappedSaleEntity } from './recipe.entity';
import { explode, portionCost, recipeProblem, type RecipeLine } from './recipe.rules';
import type { RecipeInput } from './recipe.type';

/** What a settled order sold, line by line, for depletion. */
export interface SoldLine {
  id: string;
  menuItemId: string;
  name: string;
  quantity: number;
  modifierIds: string[];
}

/** Why an item runs low: its low ingredients and the portions they still make. */
export interface RunningLow {
  ingredients: string[];
  portionsLeft: number;
}

/** Recipes per item and modifier, versioned by date; depletion of sales; what a portion costs. */
export class RecipeService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A new version of the recipe of a menu item or modifier, in force from `effectiveFrom`. */
  async setRecipe(input: RecipeInput, caller: Caller): Promise<RecipeEntity> {
    const problem = recipeProblem(input.lines);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'lines' });
    return this.deps.db.transaction(async (em) => {
      const target = await this.targetOf(em, input.targetId);
      caller.assertProperty(target.propertyId);
      const versions = await em.find(RecipeEntity, { where: { targetId: input.targetId }, order: { version: 'DESC' }, take: 1 });
      // A second recipe for the same date replaces the first (a correction, not a new version in force).
      const sameDay = await em.findOneBy(RecipeEntity, { targetId: input.targetId, effectiveFrom: input.effectiveFrom });
      if (sameDay) {
        await em.delete(RecipeLineEntity, { recipeId: sameDay.id });
        await em.delete(RecipeEntity, { id: sameDay.id });
      }
      const recipe = em.create(RecipeEntity, {
        id: randomUUID(),
        propertyId: target.propertyId,
        outletId: target.outletId,
        targetId: input.targetId,
        targetKind: target.kind,
        version: (versions[0]?.version ?? 0) + 1,
        effectiveFrom: input.effectiveFrom,
        createdBy: caller.employeeId ?? null,
        createdAt: this.deps.clock.now(),
      });
      await em.insert(RecipeEntity, recipe);
      await em.insert(
        RecipeLineEntity,
        input.lines.map((l) => ({ recipeId: recipe.id, inventoryItemId: l.inventoryItemId, quantity: l.quantity, unit: l.unit })),
      );
      return recipe;
    });
  }

  /** The recipe in force on `date` for each target that has one. */
  async inForce(em: EntityManager, targetIds: readonly string[], date: string): Promise<Map<string, RecipeLine[]>> {
    if (!targetIds.length) return new Map();
    const recipes = await em.find(RecipeEntity, {
      where: { targetId: In([...targetIds]), effectiveFrom: LessThanOrEqual(date) },
      order: { effectiveFrom: 'ASC' },
    });
    const current = new Map(recipes.map((r) => [r.targetId, r.id]));
    const lines = current.size ? await em.findBy(RecipeLineEntity, { recipeId: In([...current.values()]) }) : [];
    const byRecipe = new Map<string, RecipeLine[]>();
    for (const l of lines)
      byRecipe.set(l.recipeId, [...(byRecipe.get(l.recipeId) ?? []), { inventoryItemId: l.inventoryItemId, quantity: l.quantity }]);
    return new Map([...current].map(([target, recipe]) => [target, byRecipe.get(recipe) ?? []]));
  }

  /** Items switched off by stock-outs at their outlet: item id → the ingredients out of stock. */
  async stockedOut(em: EntityManager, outletId: string, itemIds: readonly string[], date: string): Promise<Map<string, string[]>> {
    const outs = await em.findBy(StockOutEntity, { outletId });
    if (!outs.length || !itemIds.length) return new Map();
    const names = new Map(outs.map((o) => [o.inventoryItemId, o.itemName]));
    const recipes = await this.inForce(em, itemIds, date);
    const result = new Map<string, string[]>();
    for (const [item, lines] of recipes) {
      const missing = lines.filter((l) => names.has(l.inventoryItemId)).map((l) => names.get(l.inventoryItemId)!);
      if (missing.length) result.set(item, missing);
    }
    return result;
  }

  /**
   * Records what a settled order took out of stock: one DepletionRecorded for the lines with a
   * recipe, and an unmapped sale for every line whose item has none — never skipped silently.
   */
  async deplete(
    em: EntityManager,
    order: { id: string; propertyId: string; outletId: string; businessDate: string },
    sold: SoldLine[],
    meta: EventMeta,
  ) {
    if (!sold.length) return;
    const modifierIds = sold.flatMap((s) => s.modifierIds);
    const recipes = await this.inForce(em, [...new Set([...sold.map((s) => s.menuItemId), ...modifierIds])], order.businessDate);
    const lines: PayloadOf<typeof DepletionRecorded>['lines'] = [];
    for (const s of sold) {
      const item = recipes.get(s.menuItemId);
      if (!item) {
        await em.insert(UnmappedSaleEntity, {
          id: randomUUID(),
          propertyId: order.propertyId,
          outletId: order.outletId,
          businessDate: order.businessDate,
          orderLineId: s.id,
          targetId: s.menuItemId,
          name: s.name,
          quantity: s.quantity,
        });
        continue;
      }
      const parts = [item, ...s.modifierIds.map((m) => recipes.get(m) ?? [])].map((recipe) => ({ quantity: s.quantity, recipe }));
      const ingredients = explode(parts).map((l) => ({ itemId: l.inventoryItemId, quantity: l.quantity }));
      lines.push({ menuItemId: s.menuItemId, menuItemName: s.name, quantitySold: s.quantity, ingredients });
    }
    if (!lines.length) return;
    const payload = {
      depletionId: randomUUID(),
      propertyId: order.propertyId,
      outletId: order.outletId,
      sourceId: order.id,
      businessDate: order.businessDate,
      soldAt: this.deps.clock.now().toISOString(),
      lines,
    };
    await this.deps.outbox.add(em, DepletionRecorded, payload, { subject: order.id, propertyId: order.propertyId }, meta);
  }

  async unmappedSales(outletId: string, from: string, to: string) {
    return this.deps.db.manager
      .createQueryBuilder(UnmappedSaleEntity, 'u')
      .select('u.target_id', 'targetId')
      .addSelect('MAX(u.name)', 'name')
      .addSelect('SUM(u.quantity)', 'quantity')
      .addSelect('COUNT(*)', 'lines')
      .where('u.outlet_id = :outletId AND u.business_date >= :from AND u.business_date <= :to', { outletId, from, to })
      .groupBy('u.target_id')
      .orderBy('2')
      .getRawMany<{ targetId: string; name: string; quantity: string; lines: string }>();
  }

  /** Theoretical cost of one portion of each item today, from inventory's current unit costs. */
  async portionCosts(em: EntityManager, itemIds: readonly string[], date: string) {
    const recipes = await this.inForce(em, itemIds, date);
    const ingredientIds = [...new Set([...recipes.values()].flat().map((l) => l.inventoryItemId))];
    const costs = ingredientIds.length ? await em.findBy(ItemCostEntity, { inventoryItemId: In(ingredientIds) }) : [];
    const unitCost = new Map(costs.map((c) => [c.inventoryItemId, c.unitCostMinor]));
    return new Map([...recipes].map(([id, recipe]) => [id, portionCost(recipe, unitCost)]));
  }

  /** Theoretical (sales × recipe × current unit cost) against actual (inventory's consumption) food cost for an outlet and dates. */
  async foodCost(outletId: string, from: string, to: string) {
    const em = this.deps.db.manager;
    const sold = await em.query(
      `SELECT l.menu_item_id AS item, SUM(l.quantity) AS qty FROM order_lines l JOIN orders o ON o.id = l.order_id
       WHERE l.outlet_id = $1 AND l.business_date >= $2 AND l.business_date <= $3 AND o.status = 'SETTLED' AND l.status <> 'VOIDED'
       GROUP BY l.menu_item_id`.replace(/\$(\d)/g, this.deps.db.isPostgres ? '$$$1' : '?'),
      [outletId, from, to],
    );
    const costs = await this.portionCosts(
      em,
      sold.map((s: { item: string }) => s.item),
      to,
    );
    let theoretical = 0;
    let uncosted = 0;
    for (const s of sold as { item: string; qty: string }[]) {
      const c = costs.get(s.item);
      if (!c || c.missing.length) uncosted += Number(s.qty);
      if (c) theoretical += c.costMinor * Number(s.qty);
    }
    const actual = await em
      .createQueryBuilder(ConsumptionEntity, 'c')
      .select('COALESCE(SUM(c.value_minor), 0)', 'value')
      .where('c.outlet_id = :outletId AND c.business_date >= :from AND c.business_date <= :to', { outletId, from, to })
      .getRawOne<{ value: string }>();
    return { theoreticalMinor: theoretical, actualMinor: Number(actual?.value ?? 0), uncostedPortions: uncosted };
  }

  /** Stock-outs as of today's date, for the menu. */
  stockedOutNow(outletId: string, itemIds: readonly string[]) {
    return this.stockedOut(this.deps.db.manager, outletId, itemIds, this.today());
  }

  /**
   * Items whose recipe uses an ingredient running low at their outlet: item id → the low
   * ingredients and the whole portions they still make (the least of them), like a POS's low count.
   */
  async runningLowNow(outletId: string, itemIds: readonly string[]): Promise<Map<string, RunningLow>> {
    const em = this.deps.db.manager;
    const lows = new Map((await em.findBy(StockLowEntity, { outletId })).map((l) => [l.inventoryItemId, l]));
    const result = new Map<string, RunningLow>();
    if (!lows.size || !itemIds.length) return result;
    for (const [item, lines] of await this.inForce(em, itemIds, this.today())) {
      const low = lines.filter((l) => lows.has(l.inventoryItemId));
      if (!low.length) continue;
      result.set(item, {
        ingredients: low.map((l) => lows.get(l.inventoryItemId)!.itemName),
        portionsLeft: Math.min(...low.map((l) => portionsFrom(lows.get(l.inventoryItemId)!.onHand, l.quantity))),
      });
    }
    return result;
  }

  async recipeLinesNow(targetId: string) {
    const recipe = await this.deps.db.manager.findOne(RecipeEntity, {
      where: { targetId, effectiveFrom: LessThanOrEqual(this.today()) },
      order: { effectiveFrom: 'DESC' },
    });
    return recipe ? this.deps.db.manager.findBy(RecipeLineEntity, { recipeId: recipe.id }) : [];
  }

  async portionCostNow(itemId: string) {
    return (await this.portionCosts(this.deps.db.manager, [itemId], this.today())).get(itemId) ?? null;
  }

  /** Recipes take effect on business dates; a day's margin keeps every time zone's today in force. */
  private today(): string {
    return new Date(this.deps.clock.now().getTime() + 14 * 3_600_000).toISOString().slice(0, 10);
  }

  private async targetOf(em: EntityManager, id: string) {
    const item = await em.findOneBy(MenuItemEntity, { id });
    if (item) return { kind: 'MENU_ITEM' as const, propertyId: item.propertyId, outletId: item.outletId };
    const modifier = await em.findOneBy(ModifierEntity, { id });
    const group = modifier && (await em.findOneBy(ModifierGroupEntity, { id: modifier.groupId }));
    if (group) return { kind: 'MODIFIER' as const, propertyId: group.propertyId, outletId: group.outletId };
    throw new DomainError('RECIPE.TARGET_INVALID', `${id} is neither a menu item nor a modifier`, { targetId: id });
  }
}
