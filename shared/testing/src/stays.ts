import { randomUUID } from 'node:crypto';
import { ReservationCreated } from '@hotelops/contracts';
import type { EventTransport } from '@hotelops/kernel';
import { deliver, eventMessage } from './events';

export interface StayFixture {
  propertyId: string;
  reservationId?: string;
  currency?: string;
  guestId?: string | null;
  arrival?: string;
  departure?: string;
}

/**
 * Announces a booking as reservations would (ReservationCreated), so subgraphs that keep a view
 * of stays (care, F&B) know it; returns the reservation id.
 */
export async function announceStay(transport: EventTransport, stay: StayFixture): Promise<string> {
  const reservationId = stay.reservationId ?? randomUUID();
  const payload = {
    reservationId,
    propertyId: stay.propertyId,
    confirmationNumber: `T-${reservationId.slice(0, 6)}`,
    roomTypeId: randomUUID(),
    arrival: stay.arrival ?? '2030-01-10',
    departure: stay.departure ?? '2030-01-12',
    guestId: stay.guestId ?? null,
    currency: stay.currency ?? 'CNY',
    status: 'CONFIRMED',
    channel: 'PHONE',
  };
  await deliver(transport, eventMessage(ReservationCreated, payload, { subject: reservationId, propertyId: stay.propertyId }));
  return reservationId;
}
