import { inIdOrder, type RequestContext } from '@hotelops/kernel';
import type { ItemEntity } from './item/item.entity';
import type { ItemService } from './item/item.service';
import type { LocationEntity } from './location/location.entity';
import type { LocationService } from './location/location.service';

/*
 * Per-request loaders shared by every field that points at an item or a location, so a list of
 * stock levels or ledger entries costs one query per type, however long it is.
 */
export const itemLoader = (ctx: RequestContext, items: ItemService) =>
  ctx.loader<ItemEntity>('Item', async (ids) => inIdOrder(ids, await items.byIds(ids)));

export const locationLoader = (ctx: RequestContext, locations: LocationService) =>
  ctx.loader<LocationEntity>('Location', async (ids) => inIdOrder(ids, await locations.byIds(ids)));
