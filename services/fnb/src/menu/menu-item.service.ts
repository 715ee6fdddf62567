import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { OutletEntity } from '../outlet/outlet.entity';
import { MenuItemEntity } from './menu-item.entity';
import type { CreateMenuItemInput } from './menu-item.type';

export class MenuItemService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateMenuItemInput, caller: Caller): Promise<MenuItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const outlet = await em.findOneBy(OutletEntity, { id: input.outletId });
      if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', input.outletId);
      caller.assertProperty(outlet.propertyId);
      return em.save(
        em.create(MenuItemEntity, {
          id: randomUUID(),
          outletId: outlet.id,
          propertyId: outlet.propertyId,
          name: input.name.trim(),
          category: input.category.trim(),
          priceMinor: input.priceMinor,
          currency: outlet.currency,
          available: input.available,
          specialty: input.specialty,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  async setAvailability(id: string, available: boolean, caller: Caller): Promise<MenuItemEntity> {
    return this.deps.db.transaction(async (em) => {
      const item = await em.findOneBy(MenuItemEntity, { id });
      if (!item) throw notFound('MENU_ITEM.NOT_FOUND', 'Menu item', id);
      caller.assertProperty(item.propertyId);
      item.available = available;
      return em.save(item);
    });
  }

  /** An outlet's menu by category and name, optionally one category. */
  async menu(outletId: string, category: string | undefined, caller: Caller): Promise<MenuItemEntity[]> {
    const outlet = await this.deps.db.manager.findOneBy(OutletEntity, { id: outletId });
    if (!outlet) throw notFound('OUTLET.NOT_FOUND', 'Outlet', outletId);
    caller.assertProperty(outlet.propertyId);
    return this.deps.db.manager.find(MenuItemEntity, {
      where: { outletId, ...(category ? { category } : {}) },
      order: { category: 'ASC', name: 'ASC', id: 'ASC' },
    });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(MenuItemEntity, { id: In([...ids]) });
  }
}
