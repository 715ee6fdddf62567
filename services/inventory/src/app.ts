import { defineSubgraph } from '@hotelops/kernel';
import { AssetEntity } from './asset/asset.entity';
import { AssetResolver } from './asset/asset.resolver';
import { composeInventory } from './composition';
import { ConsumptionEntity, HousekeepingParEntity } from './consumption/consumption.entity';
import { ConsumptionResolver } from './consumption/consumption.resolver';
import { CountEntity, CountLineEntity } from './count/count.entity';
import { CountResolver } from './count/count.resolver';
import { WriteOffEntity } from './damage/damage.entity';
import { DamageResolver } from './damage/damage.resolver';
import { handlers } from './events/handlers';
import { ForecastStayEntity } from './forecast/forecast.entity';
import { ForecastResolver } from './forecast/forecast.resolver';
import { outletReference } from './federation/outlet.reference';
import { ItemEntity, ItemUnitEntity } from './item/item.entity';
import { itemReference } from './item/item.reference';
import { ItemResolver } from './item/item.resolver';
import { LocationEntity } from './location/location.entity';
import { locationReference } from './location/location.reference';
import { LocationResolver } from './location/location.resolver';
import { InventoryInitial1764201600400 } from './migrations/1764201600400-inventory-initial';
import { InventoryDepth1764201600401 } from './migrations/1764201600401-inventory-depth';
import { FixedAssets1764201600402 } from './migrations/1764201600402-fixed-assets';
import { ForecastStays1764201600403 } from './migrations/1764201600403-forecast-stays';
import { DocumentCounters1764201600404 } from './migrations/1764201600404-document-counters';
import { VendorExchanges1764201600405 } from './migrations/1764201600405-vendor-exchanges';
import { PropertyCurrency1764201600406 } from './migrations/1764201600406-property-currency';
import { PropertyCurrencyEntity } from './currency/currency.entity';
import { PropertyZones1764201600407 } from './migrations/1764201600407-property-zones';
import { PropertyZoneEntity } from './property-day/property-zone.entity';
import { CurrencyResolver } from './currency/currency.resolver';
import { VendorExchangeEntity } from './exchange/exchange.entity';
import { ExchangeResolver } from './exchange/exchange.resolver';
import { DocumentCounterEntity } from './numbering/document-counter.entity';
import { PurchaseOrderEntity, PurchaseOrderLineEntity, ReceiptEntity, ReceiptLineEntity } from './purchasing/purchasing.entity';
import { PurchaseOrderResolver, SupplierResolver } from './purchasing/purchasing.resolver';
import { PurchaseOrderReceiptsResolver, ReceivingResolver } from './receiving/receiving.resolver';
import { ReplenishmentResolver } from './replenishment/replenishment.resolver';
import { ReportResolver } from './report/report.resolver';
import { RequisitionResolver } from './requisition/requisition.resolver';
import { OutletStockResolver } from './stock/outlet-stock.resolver';
import { StockLedgerEntryEntity, StockLevelEntity } from './stock/stock.entity';
import { StockLedgerResolver, StockLevelResolver } from './stock/stock.resolver';
import { SupplierEntity, SupplierPriceEntity } from './supplier/supplier.entity';
import { RequisitionEntity, TransferEntity } from './transfer/transfer.entity';
import { TransferLineResolver, TransferResolver } from './transfer/transfer.resolver';

/**
 * The inventory subgraph: items and units, locations and bins, the stock ledger and valuation,
 * suppliers, purchasing and receiving, transfers and requisitions, consumption, damage, counts,
 * replenishment and reports.
 */
export const inventorySubgraph = defineSubgraph({
  name: 'inventory',
  entities: [
    DocumentCounterEntity,
    VendorExchangeEntity,
    PropertyCurrencyEntity,
    PropertyZoneEntity,
    ItemEntity,
    ItemUnitEntity,
    LocationEntity,
    StockLedgerEntryEntity,
    StockLevelEntity,
    SupplierEntity,
    SupplierPriceEntity,
    PurchaseOrderEntity,
    PurchaseOrderLineEntity,
    ReceiptEntity,
    ReceiptLineEntity,
    TransferEntity,
    RequisitionEntity,
    ConsumptionEntity,
    HousekeepingParEntity,
    CountEntity,
    CountLineEntity,
    WriteOffEntity,
    AssetEntity,
    ForecastStayEntity,
  ],
  migrations: [
    InventoryInitial1764201600400,
    InventoryDepth1764201600401,
    FixedAssets1764201600402,
    ForecastStays1764201600403,
    DocumentCounters1764201600404,
    VendorExchanges1764201600405,
    PropertyCurrency1764201600406,
    PropertyZones1764201600407,
  ],
  compose: composeInventory,
  resolvers: [
    ItemResolver,
    LocationResolver,
    StockLevelResolver,
    StockLedgerResolver,
    OutletStockResolver,
    SupplierResolver,
    PurchaseOrderResolver,
    ReceivingResolver,
    PurchaseOrderReceiptsResolver,
    TransferResolver,
    TransferLineResolver,
    ExchangeResolver,
    CurrencyResolver,
    RequisitionResolver,
    ConsumptionResolver,
    CountResolver,
    DamageResolver,
    ReplenishmentResolver,
    ReportResolver,
    AssetResolver,
    ForecastResolver,
  ],
  references: (s) => ({
    Item: itemReference(s.items),
    Location: locationReference(s.locations),
    Outlet: outletReference,
  }),
  handlers,
});
