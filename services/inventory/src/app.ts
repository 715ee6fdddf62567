import { defineSubgraph } from '@hotelops/kernel';
import { composeInventory } from './composition';
import { outletReference } from './federation/outlet.reference';
import { ItemEntity } from './item/item.entity';
import { itemReference } from './item/item.reference';
import { ItemResolver } from './item/item.resolver';
import { LocationEntity } from './location/location.entity';
import { locationReference } from './location/location.reference';
import { LocationResolver } from './location/location.resolver';
import { InventoryInitial1764201600400 } from './migrations/1764201600400-inventory-initial';
import { OutletStockResolver } from './stock/outlet-stock.resolver';
import { StockLedgerEntryEntity, StockLevelEntity } from './stock/stock.entity';
import { StockLedgerResolver, StockLevelResolver } from './stock/stock.resolver';

/** The inventory subgraph: items, locations and bins, the stock ledger and on-hand. */
export const inventorySubgraph = defineSubgraph({
  name: 'inventory',
  entities: [ItemEntity, LocationEntity, StockLedgerEntryEntity, StockLevelEntity],
  migrations: [InventoryInitial1764201600400],
  compose: composeInventory,
  resolvers: [ItemResolver, LocationResolver, StockLevelResolver, StockLedgerResolver, OutletStockResolver],
  references: (s) => ({
    Item: itemReference(s.items),
    Location: locationReference(s.locations),
    Outlet: outletReference,
  }),
});
