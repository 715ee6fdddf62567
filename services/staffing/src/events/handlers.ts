import {
  CaseEscalated,
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationModified,
  ReservationNoShow,
} from '@hotelops/contracts';
import { on, type HandlerRegistration } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';

/**
 * Reservations' stay events feed the labour-demand forecast; care's escalations are resolved to
 * the person on duty. Effects run in the inbox's transaction.
 */
export function handlers({ demand, escalations }: StaffingServices): HandlerRegistration[] {
  return [
    on(ReservationCreated, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    on(ReservationModified, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    on(ReservationCheckedIn, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    // an early departure moves the departure date: the stay event carries the new one
    on(ReservationCheckedOut, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    on(ReservationCancelled, (event, em) => demand.recordStay(em, event.data, 'CANCELLED')),
    on(ReservationNoShow, (event, em) => demand.recordStay(em, event.data, 'NO_SHOW')),
    // care names a role; staffing knows who holds it on duty now
    on(CaseEscalated, async (event, em) => {
      await escalations.route(em, event);
    }),
  ];
}
