import type { SubgraphDefinition } from '@hotelops/kernel';
import { ItemEntity } from './item/item.entity';
import { ItemResolver } from './item/item.resolver';
import { LocationEntity } from './location/location.entity';
import { LocationResolver } from './location/location.resolver';
import { InventoryInitial1764201600400 } from './migrations/1764201600400-inventory-initial';
import { references } from './references';
import { OutletStockResolver } from './stock/outlet-stock.resolver';
import { StockLedgerEntryEntity, StockLevelEntity } from './stock/stock.entity';
import { StockLedgerResolver, StockLevelResolver } from './stock/stock.resolver';

/** The inventory subgraph: items, locations and bins, the stock ledger and on-hand. */
export const inventorySubgraph: SubgraphDefinition = {
  name: 'inventory',
  entities: [ItemEntity, LocationEntity, StockLedgerEntryEntity, StockLevelEntity],
  migrations: [InventoryInitial1764201600400],
  resolvers: [ItemResolver, LocationResolver, StockLevelResolver, StockLedgerResolver, OutletStockResolver],
  references,
};
