import { z } from 'zod';
import { defineEvent, isoDateTime, uuid } from './define-event';

export const StockMoved = defineEvent(
  'hotelops.inventory.stock.moved.v1',
  z.object({
    entryId: uuid,
    propertyId: uuid,
    itemId: uuid,
    locationId: uuid,
    kind: z.enum(['RECEIPT', 'ISSUE']),
    quantity: z.number(),
    onHandAfter: z.number(),
    movedAt: isoDateTime,
  }),
);
