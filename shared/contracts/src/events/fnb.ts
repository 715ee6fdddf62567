import { z } from 'zod';
import { defineEvent, isoDateTime, money, uuid } from './define-event';

export const OrderSettled = defineEvent(
  'hotelops.fnb.order.settled.v1',
  z.object({
    orderId: uuid,
    propertyId: uuid,
    outletId: uuid,
    outletName: z.string(),
    settlement: z.enum(['ROOM_CHARGE', 'DIRECT']),
    reservationId: uuid.nullable(),
    total: money,
    settledAt: isoDateTime,
    lines: z.array(z.object({ menuItemId: uuid, name: z.string(), quantity: z.number().int().positive(), unitPrice: money })),
  }),
);
