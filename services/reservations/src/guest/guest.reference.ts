import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { GuestEntity } from './guest.entity';
import type { GuestService } from './guest.service';

/** Guest profiles by id, one query per request: for every field that returns a guest. */
export const loadGuest = (ctx: RequestContext, guests: GuestService) =>
  ctx.loader<GuestEntity>('Guest', async (ids) => inIdOrder(ids, await guests.byIds(ids)));

export const guestReference =
  (guests: GuestService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await guests.byIds(ids));
