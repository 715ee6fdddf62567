import type { ServiceDeps } from '@hotelops/kernel';
import { ItemService } from './item/item.service';
import { LocationService } from './location/location.service';
import { StockService } from './stock/stock.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders and the demo seed receive the result.
 */
export function composeInventory(deps: ServiceDeps) {
  const items = new ItemService(deps);
  const locations = new LocationService(deps);
  const stock = new StockService(deps);
  return { items, locations, stock };
}

export type InventoryServices = ReturnType<typeof composeInventory>;
