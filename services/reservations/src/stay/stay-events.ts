import type { ReservationEntity } from '../reservation/reservation.entity';

/**
 * The stay fields every reservation event carries: the guest by profile id, never by name (the
 * check-out adds the name, for care's greeting), and the folio's currency.
 */
export const stayFacts = (r: ReservationEntity) => ({
  reservationId: r.id,
  propertyId: r.propertyId,
  confirmationNumber: r.confirmationNumber,
  roomTypeId: r.roomTypeId,
  arrival: r.arrival,
  departure: r.departure,
  guestId: r.guestId,
  currency: r.currency,
});

/** Events about a stay are keyed by the stay (per-stay order) and carry its property. */
export const stayTarget = (r: ReservationEntity) => ({ subject: r.id, propertyId: r.propertyId });
