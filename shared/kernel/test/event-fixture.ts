import { OrderSettled } from '@hotelops/contracts';
import { on, type HandlerRegistration } from '@hotelops/kernel';
import { TestEffect } from '@hotelops/testing';

export const POISON_ORDER_ID = '99999999-9999-4999-8999-999999999999';

/** Applies settlements (the effect's id is the event's); throws for the poison order id, every time. */
export const effectHandlers: HandlerRegistration[] = [
  on(OrderSettled, async (event, em) => {
    if (event.data.orderId === POISON_ORDER_ID) throw new Error('cannot post to a closed folio');
    await em.insert(TestEffect, { id: event.id, orderId: event.data.orderId });
  }),
];
