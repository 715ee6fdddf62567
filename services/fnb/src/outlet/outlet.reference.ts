import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { OutletEntity } from './outlet.entity';
import type { OutletService } from './outlet.service';

/** Outlets by id, one query per request: for every field that returns an outlet. */
export const loadOutlet = (ctx: RequestContext, outlets: OutletService) =>
  ctx.loader<OutletEntity>('Outlet', async (ids) => inIdOrder(ids, await outlets.byIds(ids)));

export const outletReference =
  (outlets: OutletService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await outlets.byIds(ids));
