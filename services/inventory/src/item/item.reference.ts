import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { ItemEntity } from './item.entity';
import type { ItemService } from './item.service';

/** Items by id, one query per request: for every field that returns an item. */
export const loadItem = (ctx: RequestContext, items: ItemService) =>
  ctx.loader<ItemEntity>('Item', async (ids) => inIdOrder(ids, await items.byIds(ids)));

export const itemReference =
  (items: ItemService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await items.byIds(ids));
