import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, money, uuid } from './define-event';

const stay = {
  reservationId: uuid,
  propertyId: uuid,
  confirmationNumber: z.string(),
  roomTypeId: uuid,
  arrival: isoDate,
  departure: isoDate,
  guestName: z.string(),
};

export const ReservationCreated = defineEvent(
  'hotelops.reservations.reservation.created.v1',
  z.object({ ...stay, status: z.string(), channel: z.string() }),
);
export const ReservationCancelled = defineEvent(
  'hotelops.reservations.reservation.cancelled.v1',
  z.object({ ...stay, cancelledAt: isoDateTime, reason: z.string().nullable() }),
);
export const ReservationCheckedIn = defineEvent(
  'hotelops.reservations.reservation.checked-in.v1',
  z.object({ ...stay, roomId: uuid, roomNumber: z.string(), checkedInAt: isoDateTime }),
);
export const ReservationCheckedOut = defineEvent(
  'hotelops.reservations.reservation.checked-out.v1',
  z.object({
    ...stay,
    roomId: uuid,
    roomNumber: z.string(),
    checkedOutAt: isoDateTime,
    folioTotal: money,
  }),
);
export const ReservationModified = defineEvent(
  'hotelops.reservations.reservation.modified.v1',
  z.object({
    ...stay,
    status: z.string(),
    previous: z.object({ roomTypeId: uuid, arrival: isoDate, departure: isoDate }),
    total: money,
  }),
);
export const ReservationNoShow = defineEvent(
  'hotelops.reservations.reservation.marked-no-show.v1',
  z.object({ ...stay, markedAt: isoDateTime, fee: money }),
);
export const RoomStatusChanged = defineEvent(
  'hotelops.reservations.room.status-changed.v1',
  z.object({
    roomId: uuid,
    propertyId: uuid,
    roomNumber: z.string(),
    housekeepingStatus: z.string(),
    occupied: z.boolean(),
    previousHousekeepingStatus: z.string(),
    reason: z.string().nullable(),
  }),
);
export const GuestErased = defineEvent(
  'hotelops.reservations.guest.erased.v1',
  z.object({ guestId: uuid, propertyId: uuid, reservationIds: z.array(uuid), erasedAt: isoDateTime }),
);
/** ARI delta: the sellable rooms of a type after a change, per night of [from, to) — absolute values, keyed by room type. */
export const AvailabilityChanged = defineEvent(
  'hotelops.reservations.availability.changed.v1',
  z.object({
    propertyId: uuid,
    roomTypeId: uuid,
    from: isoDate,
    to: isoDate,
    nights: z.array(z.object({ date: isoDate, roomsInService: z.number().int(), sold: z.number().int(), available: z.number().int() })),
  }),
);
/** ARI delta for rates: a plan's price and restrictions for a room type on every night of [from, to). */
export const RatesChanged = defineEvent(
  'hotelops.reservations.rates.changed.v1',
  z.object({
    propertyId: uuid,
    ratePlanId: uuid,
    ratePlanCode: z.string(),
    roomTypeId: uuid,
    from: isoDate,
    to: isoDate,
    price: money,
    minLos: z.number().int().nullable(),
    maxLos: z.number().int().nullable(),
    closedToArrival: z.boolean(),
    closedToDeparture: z.boolean(),
  }),
);
