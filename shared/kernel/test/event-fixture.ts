import { randomUUID } from 'node:crypto';
import { OrderSettled, ReservationCheckedOut } from '@hotelops/contracts';
import { on, type HandlerRegistration } from '@hotelops/kernel';
import { TestEffect, eventMessage } from '@hotelops/testing';

export const POISON_ORDER_ID = '99999999-9999-4999-8999-999999999999';

/** Applies settlements (the effect's id is the event's); throws for the poison order id, every time. */
export const effectHandlers: HandlerRegistration[] = [
  on(OrderSettled, async (event, em) => {
    if (event.data.orderId === POISON_ORDER_ID) throw new Error('cannot post to a closed folio');
    await em.insert(TestEffect, { id: event.id, orderId: event.data.orderId });
  }),
];

/** A check-out event of a stay (another event type than the settlements above). */
export const checkedOut = (reservationId: string = randomUUID()) =>
  eventMessage(
    ReservationCheckedOut,
    {
      reservationId,
      propertyId: randomUUID(),
      confirmationNumber: 'DEMO-1',
      roomTypeId: randomUUID(),
      arrival: '2030-01-01',
      departure: '2030-01-02',
      guestName: 'Li',
      roomId: randomUUID(),
      roomNumber: '101',
      checkedOutAt: new Date().toISOString(),
      folioTotal: { amountMinor: 1, currency: 'CNY' },
    },
    { subject: reservationId, propertyId: randomUUID() },
  );
