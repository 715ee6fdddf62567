import { inIdOrder, type ReferenceLoader, type ServiceDeps } from '@hotelops/kernel';
import { ItemService } from './item/item.service';
import { LocationService } from './location/location.service';

/** Entity resolution for the gateway: one query per entity type per request. */
export function references(deps: ServiceDeps): Record<string, ReferenceLoader> {
  const items = new ItemService(deps);
  const locations = new LocationService(deps);
  return {
    Item: async (ids) => inIdOrder(ids, await items.byIds(ids)),
    Location: async (ids) => inIdOrder(ids, await locations.byIds(ids)),
    // fnb owns outlets; inventory only adds fields to them, so a reference is all it needs.
    Outlet: async (ids) => ids.map((id) => ({ id })),
  };
}
