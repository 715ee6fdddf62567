import type { ServiceDeps } from '@hotelops/kernel';
import { MenuItemService } from './menu/menu-item.service';
import { OrderService } from './order/order.service';
import { OutletService } from './outlet/outlet.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders, handlers and jobs receive the result.
 */
export function composeFnb(deps: ServiceDeps) {
  const outlets = new OutletService(deps);
  const menuItems = new MenuItemService(deps);
  const orders = new OrderService(deps);
  return { outlets, menuItems, orders };
}

export type FnbServices = ReturnType<typeof composeFnb>;
