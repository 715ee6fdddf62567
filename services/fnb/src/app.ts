import { defineSubgraph } from '@hotelops/kernel';
import { composeFnb } from './composition';
import { reservationReference } from './federation/reservation.reference';
import { MenuItemEntity } from './menu/menu-item.entity';
import { menuItemReference } from './menu/menu-item.reference';
import { MenuItemResolver } from './menu/menu-item.resolver';
import { FnbInitial1764201600300 } from './migrations/1764201600300-fnb-initial';
import { OrderEntity, OrderLineEntity } from './order/order.entity';
import { orderReference } from './order/order.reference';
import { OrderResolver } from './order/order.resolver';
import { ReservationOrdersResolver } from './order/reservation-orders.resolver';
import { OutletEntity } from './outlet/outlet.entity';
import { outletReference } from './outlet/outlet.reference';
import { OutletResolver } from './outlet/outlet.resolver';

/** The F&B subgraph: outlets, menus and orders settled directly or charged to a stay's folio. */
export const fnbSubgraph = defineSubgraph({
  name: 'fnb',
  entities: [OutletEntity, MenuItemEntity, OrderEntity, OrderLineEntity],
  migrations: [FnbInitial1764201600300],
  compose: composeFnb,
  resolvers: [OutletResolver, MenuItemResolver, OrderResolver, ReservationOrdersResolver],
  references: (s) => ({
    Outlet: outletReference(s.outlets),
    MenuItem: menuItemReference(s.menuItems),
    Order: orderReference(s.orders),
    Reservation: reservationReference,
  }),
});
