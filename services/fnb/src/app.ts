import type { SubgraphDefinition } from '@hotelops/kernel';
import { MenuItemEntity } from './menu/menu-item.entity';
import { MenuItemResolver } from './menu/menu-item.resolver';
import { FnbInitial1764201600300 } from './migrations/1764201600300-fnb-initial';
import { OrderEntity, OrderLineEntity } from './order/order.entity';
import { OrderResolver } from './order/order.resolver';
import { ReservationOrdersResolver } from './order/reservation-orders.resolver';
import { OutletEntity } from './outlet/outlet.entity';
import { OutletResolver } from './outlet/outlet.resolver';
import { references } from './references';

/** The F&B subgraph: outlets, menus and orders settled directly or charged to a stay's folio. */
export const fnbSubgraph: SubgraphDefinition = {
  name: 'fnb',
  entities: [OutletEntity, MenuItemEntity, OrderEntity, OrderLineEntity],
  migrations: [FnbInitial1764201600300],
  resolvers: [OutletResolver, MenuItemResolver, OrderResolver, ReservationOrdersResolver],
  references,
};
