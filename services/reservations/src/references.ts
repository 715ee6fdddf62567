import { inIdOrder, type ReferenceLoader, type ServiceDeps } from '@hotelops/kernel';
import { GuestService } from './guest/guest.service';
import { PropertyService } from './property/property.service';
import { RoomService } from './room/room.service';
import { ReservationService } from './reservation/reservation.service';

/** Entity resolution for the gateway: one query per entity type per request. */
export function references(deps: ServiceDeps): Record<string, ReferenceLoader> {
  const reservations = new ReservationService(deps);
  const rooms = new RoomService(deps);
  const properties = new PropertyService(deps);
  const guests = new GuestService(deps);
  return {
    Reservation: async (ids) => inIdOrder(ids, await reservations.byIds(ids)),
    Room: async (ids) => inIdOrder(ids, await rooms.roomsByIds(ids)),
    RoomType: async (ids) => inIdOrder(ids, await rooms.roomTypesByIds(ids)),
    Property: async (ids) => inIdOrder(ids, await properties.byIds(ids)),
    Guest: async (ids) => inIdOrder(ids, await guests.byIds(ids)),
  };
}
