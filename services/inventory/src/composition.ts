import type { ServiceDeps } from '@hotelops/kernel';
import { AssetService } from './asset/asset.service';
import { ForecastService } from './forecast/forecast.service';
import { PropertyDayService } from './property-day/property-day.service';
import { ConsumptionService } from './consumption/consumption.service';
import { CountService } from './count/count.service';
import { CurrencyService } from './currency/currency.service';
import { CyclePlanService } from './count/cycle-plan.service';
import { DamageService } from './damage/damage.service';
import { ExchangeService } from './exchange/exchange.service';
import { ItemService } from './item/item.service';
import { LocationService } from './location/location.service';
import { PurchasingService } from './purchasing/purchasing.service';
import { ReceivingService } from './receiving/receiving.service';
import { ReplenishmentService } from './replenishment/replenishment.service';
import { ReportService } from './report/report.service';
import { RequisitionService } from './requisition/requisition.service';
import { LedgerPoster } from './stock/ledger-poster';
import { StockService } from './stock/stock.service';
import { SupplierService } from './supplier/supplier.service';
import { TransferService } from './transfer/transfer.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders and the demo seed receive the result.
 * Every movement of every module goes through the one LedgerPoster.
 */
export function composeInventory(deps: ServiceDeps) {
  const currencies = new CurrencyService(deps);
  const propertyDays = new PropertyDayService(deps);
  const poster = new LedgerPoster(deps, currencies);
  const items = new ItemService(deps);
  const locations = new LocationService(deps);
  const stock = new StockService(deps, poster);
  const suppliers = new SupplierService(deps, items, currencies);
  const purchasing = new PurchasingService(deps, items);
  const receiving = new ReceivingService(deps, poster, purchasing, propertyDays);
  const exchanges = new ExchangeService(deps, poster);
  const transfers = new TransferService(deps, poster, currencies);
  const requisitions = new RequisitionService(deps, transfers);
  transfers.whenReceived((em, t, caller, meta) => requisitions.delivered(em, t, caller, meta));
  const consumption = new ConsumptionService(deps, poster, currencies);
  const counts = new CountService(deps, poster, currencies);
  const cyclePlans = new CyclePlanService(deps, propertyDays);
  const damage = new DamageService(deps, poster);
  const replenishment = new ReplenishmentService(deps, purchasing);
  const reports = new ReportService(deps, currencies);
  const assets = new AssetService(deps);
  const forecast = new ForecastService(deps, propertyDays);
  return {
    currencies,
    propertyDays,
    items,
    locations,
    stock,
    suppliers,
    purchasing,
    receiving,
    exchanges,
    transfers,
    requisitions,
    consumption,
    counts,
    cyclePlans,
    damage,
    replenishment,
    reports,
    assets,
    forecast,
  };
}

export type InventoryServices = ReturnType<typeof composeInventory>;
