import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { RoomTypeEntity } from './room.entity';
import type { RoomService } from './room.service';

/** Room types by id, one query per request: for every field that returns a room type. */
export const loadRoomType = (ctx: RequestContext, rooms: RoomService) =>
  ctx.loader<RoomTypeEntity>('RoomType', async (ids) => inIdOrder(ids, await rooms.roomTypesByIds(ids)));

export const roomTypeReference =
  (rooms: RoomService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await rooms.roomTypesByIds(ids));
