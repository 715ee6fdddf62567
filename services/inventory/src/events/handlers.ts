import {
  DepletionRecorded,
  NightAudited,
  RequisitionRequested,
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationModified,
  ReservationNoShow,
} from '@hotelops/contracts';
import { causedBy, on, type HandlerRegistration } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';

/**
 * Facts inventory books from other domains: F&B's sales depletion and requisitions, and the
 * night audit's occupied rooms (housekeeping use). Each handler runs once per event (inbox) and
 * is idempotent on its source document too.
 */
export function handlers(s: InventoryServices): HandlerRegistration[] {
  return [
    on(DepletionRecorded, (e, em) => s.consumption.onDepletion(em, e.data, causedBy(e))),
    on(NightAudited, (e, em) => s.consumption.onNightAudit(em, e.data, causedBy(e))),
    on(RequisitionRequested, (e, em) => s.requisitions.onRequested(em, e.data, causedBy(e))),
    // Reservations on the books, for the forecast-driven linen and amenity par
    on(ReservationCreated, async (e, em) => {
      // reservations owns the property, its currency (the folio's is the property's) and its zone
      await s.currencies.learn(em, e.data.propertyId, e.data.currency);
      await s.propertyDays.learn(em, e.data.propertyId, e.data.timeZone);
      await s.forecast.record(em, stayOf(e.data), true);
    }),
    on(ReservationModified, (e, em) => s.forecast.record(em, stayOf(e.data), !/CANCEL|NO_SHOW|CHECKED_OUT/.test(e.data.status))),
    on(ReservationCheckedIn, (e, em) => s.forecast.record(em, stayOf(e.data), true)),
    on(ReservationCheckedOut, (e, em) => s.forecast.record(em, stayOf(e.data), false)),
    on(ReservationCancelled, (e, em) => s.forecast.record(em, stayOf(e.data), false)),
    on(ReservationNoShow, (e, em) => s.forecast.record(em, stayOf(e.data), false)),
  ];
}

const stayOf = (d: { reservationId: string; propertyId: string; roomTypeId: string; arrival: string; departure: string }) => ({
  reservationId: d.reservationId,
  propertyId: d.propertyId,
  roomTypeId: d.roomTypeId,
  arrival: d.arrival,
  departure: d.departure,
});
