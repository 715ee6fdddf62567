import type { ServiceDeps } from '@hotelops/kernel';
import { AdjustmentService } from './adjustment/adjustment.service';
import { BanquetService } from './banquet/banquet.service';
import { BillService } from './bill/bill.service';
import { InvoiceService } from './bill/invoice.service';
import { BusinessDayService } from './day/business-day.service';
import { FloorService } from './floor/floor.service';
import { KitchenTicketService } from './kitchen/ticket.service';
import { MenuItemService } from './menu/menu-item.service';
import { LinePricer } from './order/line-pricer';
import { OrderService } from './order/order.service';
import { OutletService } from './outlet/outlet.service';
import { RecipeService } from './recipe/recipe.service';
import { ReportService } from './report/report.service';
import { RequisitionService } from './requisition/requisition.service';
import { OutletServiceService } from './service/service.service';
import { StayService } from './stay/stay.service';
import { TillService } from './till/till.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders, handlers and jobs receive the result.
 */
export function composeFnb(deps: ServiceDeps) {
  const outlets = new OutletService(deps);
  const services = new OutletServiceService(deps, outlets);
  const floor = new FloorService(deps, outlets);
  const menuItems = new MenuItemService(deps, outlets);
  const recipes = new RecipeService(deps);
  const stays = new StayService();
  const pricer = new LinePricer(menuItems, recipes, () => deps.clock.now());
  const orders = new OrderService(deps, outlets, services, floor, stays, pricer);
  const tickets = new KitchenTicketService(deps, orders);
  const tills = new TillService(deps, outlets);
  const bills = new BillService(deps, orders, tills, stays, floor, recipes);
  const invoices = new InvoiceService(deps);
  const adjustments = new AdjustmentService(deps, orders, tills, floor);
  const reports = new ReportService(deps, outlets);
  const days = new BusinessDayService(deps, outlets, tills, reports);
  const requisitions = new RequisitionService(deps, outlets);
  const banquets = new BanquetService(deps, outlets);
  return {
    outlets,
    services,
    floor,
    menuItems,
    recipes,
    stays,
    tickets,
    orders,
    tills,
    bills,
    invoices,
    adjustments,
    reports,
    days,
    requisitions,
    banquets,
  };
}

export type FnbServices = ReturnType<typeof composeFnb>;
