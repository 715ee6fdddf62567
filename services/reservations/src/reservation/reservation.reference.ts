import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { ReservationService } from './reservation.service';

export const reservationReference =
  (reservations: ReservationService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await reservations.byIds(ids));
