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
