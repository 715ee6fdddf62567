import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import { RESERVATION, type ReservationService } from './reservation.service';

/** Stays by id for other subgraphs' fields; stays the caller may not see come back as null. */
export const reservationReference =
  (reservations: ReservationService): ReferenceLoader =>
  async (ids, ctx) =>
    inIdOrder(ids, await reservations.byIds(ids)).map((r) =>
      r && ctx.caller.canAccessProperty(r.propertyId) && RESERVATION.visibleTo(r, ctx.caller) ? r : null,
    );
