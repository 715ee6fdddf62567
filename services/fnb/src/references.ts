import { inIdOrder, type ReferenceLoader, type ServiceDeps } from '@hotelops/kernel';
import { MenuItemService } from './menu/menu-item.service';
import { OrderService } from './order/order.service';
import { OutletService } from './outlet/outlet.service';

/** Entity resolution for the gateway: one query per entity type per request. */
export function references(deps: ServiceDeps): Record<string, ReferenceLoader> {
  const outlets = new OutletService(deps);
  const menuItems = new MenuItemService(deps);
  const orders = new OrderService(deps);
  return {
    Outlet: async (ids) => inIdOrder(ids, await outlets.byIds(ids)),
    MenuItem: async (ids) => inIdOrder(ids, await menuItems.byIds(ids)),
    Order: async (ids) => inIdOrder(ids, await orders.byIds(ids)),
    // Reservations live in the reservations subgraph; here a stay is only its id (for fnbOrders).
    Reservation: async (ids) => ids.map((id) => ({ id })),
  };
}
