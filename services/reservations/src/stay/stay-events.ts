import type { ReservationEntity } from '../reservation/reservation.entity';

/** The stay fields every reservation event carries. */
export const stayFacts = (r: ReservationEntity) => ({
  reservationId: r.id,
  propertyId: r.propertyId,
  confirmationNumber: r.confirmationNumber,
  roomTypeId: r.roomTypeId,
  arrival: r.arrival,
  departure: r.departure,
  guestName: r.guestName,
});

/** Events about a stay are keyed by the stay (per-stay order) and carry its property. */
export const stayTarget = (r: ReservationEntity) => ({ subject: r.id, propertyId: r.propertyId });
