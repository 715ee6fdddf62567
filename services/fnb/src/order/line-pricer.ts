import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError } from '@hotelops/kernel';
import { MenuItemEntity } from '../menu/menu-item.entity';
import type { MenuItemService } from '../menu/menu-item.service';
import type { OutletEntity } from '../outlet/outlet.entity';
import type { RecipeService } from '../recipe/recipe.service';
import { OrderLineEntity, type OrderEntity } from './order.entity';
import { MAX_LINES_PER_REQUEST, linesProblem, modifierSelectionProblem, quantityProblem, seatProblem, unitPrice } from './order.rules';
import type { OrderLineInput } from './order.type';

/**
 * Turns requested lines into priced order lines: each item on this outlet's menu, on sale in
 * this period and not stocked out, its modifiers within their groups' limits, at the price in
 * force now. Name, category and price are copied so later menu changes leave the bill alone.
 */
export class LinePricer {
  constructor(
    private readonly menu: MenuItemService,
    private readonly recipes: RecipeService,
    private readonly now: () => Date,
  ) {}

  async price(
    em: EntityManager,
    outlet: OutletEntity,
    order: Pick<OrderEntity, 'id' | 'periodId' | 'businessDate'>,
    requested: readonly OrderLineInput[],
    firstPosition: number,
    emptyMessage: string,
    existing: readonly OrderLineEntity[] = [],
  ): Promise<OrderLineEntity[]> {
    checkShape(requested, emptyMessage);
    const ids = [...new Set(requested.map((r) => r.menuItemId))];
    const items = new Map((await em.findBy(MenuItemEntity, { id: In(ids) })).map((i) => [i.id, i]));
    const prices = await this.menu.pricesAt(em, ids, this.now());
    const outs = await this.recipes.stockedOut(em, outlet.id, ids, order.businessDate);
    const { links, groups, modifiers } = await this.menu.modifiersFor(em, ids);
    const lines = requested.map((r, i) => {
      const item = items.get(r.menuItemId);
      assertOrderable(item, r.menuItemId, outlet, order.periodId, outs);
      const itemGroups = groups.filter((g) => links.some((l) => l.menuItemId === item.id && l.groupId === g.id));
      const chosen = (r.modifierIds ?? []).map((id) => {
        const m = modifiers.find((x) => x.id === id);
        if (!m) throw new DomainError('MODIFIER.NOT_FOUND', `Modifier ${id} is not offered with ${item.name}`, { modifierId: id });
        return m;
      });
      const problem = modifierSelectionProblem(itemGroups, chosen);
      if (problem) throw new DomainError('MODIFIER.SELECTION_INVALID', `${item.name}: ${problem}`, { menuItemId: item.id });
      return em.create(OrderLineEntity, {
        id: randomUUID(),
        orderId: order.id,
        outletId: outlet.id,
        businessDate: order.businessDate,
        position: firstPosition + i,
        menuItemId: item.id,
        name: item.name,
        category: item.category,
        course: r.course ?? item.course,
        station: item.station,
        seat: r.seat ?? null,
        modifiers: chosen.map((m) => ({ modifierId: m.id, name: m.name, priceDeltaMinor: m.priceDeltaMinor })),
        unitPriceMinor: unitPrice(
          prices.get(item.id) ?? item.priceMinor,
          chosen.map((m) => m.priceDeltaMinor),
        ),
        quantity: r.quantity,
        status: 'ACTIVE',
        note: r.note?.trim() || null,
        ticketId: null,
        firedAt: null,
      });
    });
    const problem = linesProblem([...existing.filter((l) => l.status === 'ACTIVE'), ...lines]);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'lines' });
    return lines;
  }
}

/** The requested lines' count, quantities and seats: checked before anything is looked up, and again when priced. */
export function checkShape(requested: readonly OrderLineInput[], emptyMessage: string) {
  if (requested.length === 0) throw new DomainError('ORDER.EMPTY', emptyMessage, { field: 'lines' });
  if (requested.length > MAX_LINES_PER_REQUEST) {
    throw new DomainError('INPUT.INVALID', `At most ${MAX_LINES_PER_REQUEST} lines per request, got ${requested.length}`, {
      field: 'lines',
    });
  }
  for (const r of requested) {
    const problem = quantityProblem(r.quantity) ?? seatProblem(r.seat);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'lines', menuItemId: r.menuItemId });
  }
}

/** The item is on this outlet's menu, switched on, not stocked out and served in this period. */
function assertOrderable(
  item: MenuItemEntity | undefined,
  menuItemId: string,
  outlet: OutletEntity,
  periodId: string | null,
  outs: Map<string, string[]>,
): asserts item is MenuItemEntity {
  if (!item || item.outletId !== outlet.id) {
    throw new DomainError('MENU_ITEM.NOT_FOUND', `Menu item ${menuItemId} is not on the menu of ${outlet.name}`, {
      menuItemId,
    });
  }
  if (!item.available || outs.has(item.id)) {
    const why = outs.has(item.id) ? ` (out of ${outs.get(item.id)!.join(', ')})` : '';
    throw new DomainError('MENU_ITEM.UNAVAILABLE', `${item.name} is not available at ${outlet.name} right now${why}`, {
      menuItemId: item.id,
    });
  }
  if (item.periodIds.length && periodId && !item.periodIds.includes(periodId)) {
    throw new DomainError('MENU_ITEM.OUTSIDE_PERIOD', `${item.name} is not served in this service period`, { menuItemId: item.id });
  }
}
