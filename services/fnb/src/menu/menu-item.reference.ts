import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { MenuItemService } from './menu-item.service';

export const menuItemReference =
  (menuItems: MenuItemService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await menuItems.byIds(ids));
