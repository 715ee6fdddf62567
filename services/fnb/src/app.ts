import { BusinessDayClosed } from '@hotelops/contracts';
import { defineSubgraph, invalidateOn } from '@hotelops/kernel';
import { AdjustmentResolver } from './adjustment/adjustment.resolver';
import { AdjustmentEntity } from './adjustment/adjustment.entity';
import { BanquetEntity } from './banquet/banquet.entity';
import { BanquetResolver } from './banquet/banquet.resolver';
import { BillEntity, BillLineEntity, InvoiceEntity, InvoiceSequenceEntity } from './bill/bill.entity';
import { PaymentEntity } from './till/payment.entity';
import { BillResolver } from './bill/bill.resolver';
import { composeFnb } from './composition';
import { handlers } from './events/handlers';
import { reservationReference } from './federation/reservation.reference';
import { FloorEntity, TableEntity } from './floor/floor.entity';
import { FloorResolver, TableResolver } from './floor/floor.resolver';
import { KitchenTicketEntity } from './kitchen/ticket.entity';
import { TicketResolver } from './kitchen/ticket.resolver';
import {
  MenuItemEntity,
  MenuItemModifierGroupEntity,
  MenuPriceEntity,
  ModifierEntity,
  ModifierGroupEntity,
  StockLowEntity,
  StockOutEntity,
} from './menu/menu-item.entity';
import { menuItemReference } from './menu/menu-item.reference';
import { MenuItemResolver, ModifierGroupResolver } from './menu/menu-item.resolver';
import { FnbInitial1764201600300 } from './migrations/1764201600300-fnb-initial';
import { FnbFloorMenuOrders1764201600310 } from './migrations/1764201600310-fnb-floor-menu-orders';
import { FnbCashieringBackOffice1764201600320 } from './migrations/1764201600320-fnb-cashiering-back-office';
import { FnbStockLows1764201600330 } from './migrations/1764201600330-fnb-stock-lows';
import { FnbDayCloseApproval1764201600340 } from './migrations/1764201600340-fnb-day-close-approval';
import { OrderEntity, OrderLineEntity } from './order/order.entity';
import { orderReference } from './order/order.reference';
import { OrderResolver } from './order/order.resolver';
import { ReservationOrdersResolver } from './order/reservation-orders.resolver';
import { OutletEntity, ServicePeriodEntity } from './outlet/outlet.entity';
import { outletReference } from './outlet/outlet.reference';
import { OutletResolver } from './outlet/outlet.resolver';
import { ConsumptionEntity, ItemCostEntity, RecipeEntity, RecipeLineEntity, UnmappedSaleEntity } from './recipe/recipe.entity';
import { RecipeResolver } from './recipe/recipe.resolver';
import { ReportResolver } from './report/report.resolver';
import { RequisitionEntity, RequisitionLineEntity } from './requisition/requisition.entity';
import { RequisitionResolver } from './requisition/requisition.resolver';
import { ChecklistEntity, ChecklistItemEntity, OutletServiceEntity } from './service/service.entity';
import { ChecklistResolver } from './service/service.resolver';
import { StayEntity } from './stay/stay.entity';
import { BusinessDayEntity, CashDropEntity, TillEntity } from './till/till.entity';
import { TillResolver } from './till/till.resolver';
import { BusinessDayResolver } from './day/business-day.resolver';

/** The F&B subgraph: a restaurant POS back end with cashiering, recipes, requisitions and banquets. */
export const fnbSubgraph = defineSubgraph({
  name: 'fnb',
  entities: [
    OutletEntity,
    ServicePeriodEntity,
    OutletServiceEntity,
    ChecklistEntity,
    ChecklistItemEntity,
    FloorEntity,
    TableEntity,
    MenuItemEntity,
    MenuPriceEntity,
    ModifierGroupEntity,
    ModifierEntity,
    MenuItemModifierGroupEntity,
    StockOutEntity,
    StockLowEntity,
    OrderEntity,
    OrderLineEntity,
    KitchenTicketEntity,
    BillEntity,
    BillLineEntity,
    PaymentEntity,
    InvoiceEntity,
    InvoiceSequenceEntity,
    TillEntity,
    CashDropEntity,
    BusinessDayEntity,
    AdjustmentEntity,
    StayEntity,
    RecipeEntity,
    RecipeLineEntity,
    UnmappedSaleEntity,
    ItemCostEntity,
    ConsumptionEntity,
    RequisitionEntity,
    RequisitionLineEntity,
    BanquetEntity,
  ],
  migrations: [
    FnbInitial1764201600300,
    FnbFloorMenuOrders1764201600310,
    FnbCashieringBackOffice1764201600320,
    FnbStockLows1764201600330,
    FnbDayCloseApproval1764201600340,
  ],
  compose: composeFnb,
  resolvers: [
    OutletResolver,
    ChecklistResolver,
    FloorResolver,
    TableResolver,
    MenuItemResolver,
    ModifierGroupResolver,
    RecipeResolver,
    OrderResolver,
    ReservationOrdersResolver,
    TicketResolver,
    BillResolver,
    AdjustmentResolver,
    TillResolver,
    BusinessDayResolver,
    ReportResolver,
    RequisitionResolver,
    BanquetResolver,
  ],
  references: (s) => ({
    Outlet: outletReference(s.outlets),
    MenuItem: menuItemReference(s.menuItems),
    Order: orderReference(s.orders),
    Reservation: reservationReference,
  }),
  handlers,
  caches: (s) => [invalidateOn(s.outlets.cache, BusinessDayClosed, (e) => [e.outletId])],
});
