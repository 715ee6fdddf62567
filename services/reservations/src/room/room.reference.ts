import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { RoomEntity } from './room.entity';
import type { RoomService } from './room.service';

/** Rooms by id, one query per request: for every field that returns a room. */
export const loadRoom = (ctx: RequestContext, rooms: RoomService) =>
  ctx.loader<RoomEntity>('Room', async (ids) => inIdOrder(ids, await rooms.roomsByIds(ids)));

export const roomReference =
  (rooms: RoomService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await rooms.roomsByIds(ids));
