import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { OutletEntity, ServicePeriodEntity } from '../outlet/outlet.entity';
import type { OutletService } from '../outlet/outlet.service';
import { MenuItemEntity, MenuItemModifierGroupEntity, MenuPriceEntity, ModifierEntity, ModifierGroupEntity } from './menu-item.entity';
import { MAX_MENU_PRICE_MINOR, type CreateMenuItemInput, type CreateModifierGroupInput } from './menu-item.type';

/** Menus: items, prices in force from an instant, modifier groups. */
export class MenuItemService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  async create(input: CreateMenuItemInput, caller: Caller): Promise<MenuItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.outlets.load(em, input.outletId, caller);
      await this.checkPeriods(em, outlet, input.periodIds ?? []);
      const groups = await this.groupsOfOutlet(em, outlet, input.modifierGroupIds ?? []);
      const now = this.deps.clock.now();
      const item = em.create(MenuItemEntity, {
        id: randomUUID(),
        outletId: outlet.id,
        propertyId: outlet.propertyId,
        name: input.name.trim(),
        category: input.category.trim(),
        priceMinor: input.priceMinor,
        currency: outlet.currency,
        available: input.available,
        specialty: input.specialty,
        course: input.course ?? 'MAIN',
        station: input.station ?? 'HOT',
        periodIds: input.periodIds ?? [],
        createdAt: now,
      });
      await em.insert(MenuItemEntity, item);
      await em.insert(MenuPriceEntity, {
        id: randomUUID(),
        menuItemId: item.id,
        priceMinor: input.priceMinor,
        effectiveFrom: now,
        setBy: caller.employeeId ?? null,
      });
      if (groups.length)
        await em.insert(
          MenuItemModifierGroupEntity,
          groups.map((g) => ({ menuItemId: item.id, groupId: g.id })),
        );
      return item;
    });
  }

  /** A new price from `effectiveFrom` on (now or later); earlier orders keep the price they were taken at. */
  async schedulePrice(itemId: string, priceMinor: number, effectiveFrom: Date | undefined, caller: Caller): Promise<MenuItemEntity> {
    if (!Number.isInteger(priceMinor) || priceMinor < 0 || priceMinor > MAX_MENU_PRICE_MINOR) {
      throw new DomainError('INPUT.INVALID', `priceMinor must be 0–${MAX_MENU_PRICE_MINOR}, got ${priceMinor}`, { field: 'priceMinor' });
    }
    const now = this.deps.clock.now();
    const from = effectiveFrom ?? now;
    if (from.getTime() < now.getTime() - 60_000) {
      throw new DomainError('MENU_PRICE.IN_THE_PAST', `A price change takes effect now or later, not at ${from.toISOString()}`, {
        field: 'effectiveFrom',
      });
    }
    return this.deps.db.transaction(async (em) => {
      const item = await this.load(em, itemId, caller);
      await em.delete(MenuPriceEntity, { menuItemId: item.id, effectiveFrom: from });
      await em.insert(MenuPriceEntity, {
        id: randomUUID(),
        menuItemId: item.id,
        priceMinor,
        effectiveFrom: from,
        setBy: caller.employeeId ?? null,
      });
      return item;
    });
  }

  async setAvailability(id: string, available: boolean, caller: Caller): Promise<MenuItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const item = await this.load(em, id, caller);
      item.available = available;
      return em.save(item);
    });
  }

  async createModifierGroup(input: CreateModifierGroupInput, caller: Caller): Promise<ModifierGroupEntity> {
    if (input.minSelect > input.maxSelect || input.maxSelect > input.modifiers.length) {
      throw new DomainError(
        'MODIFIER.SELECTION_INVALID',
        `choose ${input.minSelect}–${input.maxSelect} of ${input.modifiers.length} modifiers cannot work`,
        {
          field: 'maxSelect',
        },
      );
    }
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.outlets.load(em, input.outletId, caller);
      const group = em.create(ModifierGroupEntity, {
        id: randomUUID(),
        propertyId: outlet.propertyId,
        outletId: outlet.id,
        name: input.name.trim(),
        minSelect: input.minSelect,
        maxSelect: input.maxSelect,
      });
      await em.insert(ModifierGroupEntity, group);
      await em.insert(
        ModifierEntity,
        input.modifiers.map((m, i) => ({
          id: randomUUID(),
          groupId: group.id,
          position: i + 1,
          name: m.name.trim(),
          priceDeltaMinor: m.priceDeltaMinor,
        })),
      );
      return group;
    });
  }

  /** Prices in force at `at` for these items, by item id. */
  async pricesAt(em: EntityManager, itemIds: readonly string[], at: Date): Promise<Map<string, number>> {
    const rows = await em.find(MenuPriceEntity, {
      where: { menuItemId: In([...itemIds]), effectiveFrom: LessThanOrEqual(at) },
      order: { effectiveFrom: 'ASC' },
    });
    return new Map(rows.map((r) => [r.menuItemId, r.priceMinor]));
  }

  /** Upcoming and past prices of items, oldest first. */
  pricesOf(itemIds: readonly string[]) {
    return this.deps.db.manager.find(MenuPriceEntity, { where: { menuItemId: In([...itemIds]) }, order: { effectiveFrom: 'ASC' } });
  }

  /** Modifier groups offered with each item, and every modifier of those groups. */
  async modifiersFor(em: EntityManager, itemIds: readonly string[]) {
    const links = await em.findBy(MenuItemModifierGroupEntity, { menuItemId: In([...itemIds]) });
    const groupIds = [...new Set(links.map((l) => l.groupId))];
    const groups = groupIds.length ? await em.findBy(ModifierGroupEntity, { id: In(groupIds) }) : [];
    const modifiers = groupIds.length
      ? await em.find(ModifierEntity, { where: { groupId: In(groupIds) }, order: { position: 'ASC' } })
      : [];
    return { links, groups, modifiers };
  }

  /** An outlet's menu by category and name, optionally one category. */
  async menu(outletId: string, category: string | undefined, caller: Caller): Promise<MenuItemEntity[]> {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(MenuItemEntity, {
      where: { outletId, ...(category ? { category } : {}) },
      order: { category: 'ASC', name: 'ASC', id: 'ASC' },
    });
  }

  async load(em: EntityManager, id: string, caller: Caller): Promise<MenuItemEntity> {
    const item = await em.findOneBy(MenuItemEntity, { id });
    if (!item) throw notFound('MENU_ITEM.NOT_FOUND', 'Menu item', id);
    caller.assertProperty(item.propertyId);
    return item;
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(MenuItemEntity, { id: In([...ids]) });
  }

  modifierGroupsOf(itemIds: readonly string[]) {
    return this.modifiersFor(this.deps.db.manager, itemIds);
  }

  modifiersOfGroups(groupIds: readonly string[]) {
    return this.deps.db.manager.find(ModifierEntity, { where: { groupId: In([...groupIds]) }, order: { position: 'ASC' } });
  }

  now(): Date {
    return this.deps.clock.now();
  }

  private async checkPeriods(em: EntityManager, outlet: OutletEntity, periodIds: readonly string[]) {
    if (!periodIds.length) return;
    const found = await em.findBy(ServicePeriodEntity, { id: In([...periodIds]), outletId: outlet.id });
    const missing = periodIds.find((id) => !found.some((p) => p.id === id));
    if (missing) throw notFound('SERVICE_PERIOD.NOT_FOUND', `Service period of ${outlet.name}`, missing);
  }

  private async groupsOfOutlet(em: EntityManager, outlet: OutletEntity, groupIds: readonly string[]) {
    if (!groupIds.length) return [];
    const groups = await em.findBy(ModifierGroupEntity, { id: In([...groupIds]), outletId: outlet.id });
    const missing = groupIds.find((id) => !groups.some((g) => g.id === id));
    if (missing) throw notFound('MODIFIER_GROUP.NOT_FOUND', `Modifier group of ${outlet.name}`, missing);
    return groups;
  }
}
