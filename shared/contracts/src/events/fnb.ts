import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, money, uuid } from './define-event';

/**
 * Superseded by BillChargedToRoom: F&B no longer produces it (bills, not orders, are settled and
 * charged to rooms). Kept declared while reservations still consumes events already published.
 */
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

const quantity = z.number().positive().finite();

/**
 * What a settled sale took out of stock: each sold line exploded through its recipe (the
 * version in force when sold) into inventory items in their stock units. Inventory books it as
 * consumption from the outlet's location, once per depletionId. Lines sold without a recipe are
 * not here: F&B lists them as unmapped sales.
 */
export const DepletionRecorded = defineEvent(
  'hotelops.fnb.depletion.recorded.v1',
  z.object({
    depletionId: uuid,
    propertyId: uuid,
    outletId: uuid,
    /** the bill or order whose settlement depleted stock */
    sourceId: uuid,
    businessDate: isoDate,
    soldAt: isoDateTime,
    lines: z.array(
      z.object({
        menuItemId: uuid,
        menuItemName: z.string().max(200),
        quantitySold: z.number().int().positive(),
        ingredients: z.array(z.object({ itemId: uuid, quantity })).min(1),
      }),
    ),
  }),
);

/** An outlet asks the store for supplies (提货单); inventory answers with requisition status events. */
export const RequisitionRequested = defineEvent(
  'hotelops.fnb.requisition.requested.v1',
  z.object({
    requisitionId: uuid,
    propertyId: uuid,
    outletId: uuid,
    requestedBy: uuid.nullable(),
    neededBy: isoDate.nullable(),
    note: z.string().max(500).nullable(),
    lines: z.array(z.object({ lineId: uuid, itemId: uuid, quantity })).min(1),
    requestedAt: isoDateTime,
  }),
);

/**
 * Day-end close (日结) of an outlet: the business date is frozen. Carries the per-server and
 * per-cashier figures staffing turns into monthly KPIs.
 */
export const BusinessDayClosed = defineEvent(
  'hotelops.fnb.business-day.closed.v1',
  z.object({
    propertyId: uuid,
    outletId: uuid,
    businessDate: isoDate,
    covers: z.number().int().nonnegative(),
    revenue: money,
    servers: z.array(
      z.object({
        employeeId: uuid,
        covers: z.number().int().nonnegative(),
        checks: z.number().int().nonnegative(),
        voids: z.number().int().nonnegative(),
        comps: z.number().int().nonnegative(),
      }),
    ),
    cashiers: z.array(
      z.object({
        employeeId: uuid,
        transactions: z.number().int().nonnegative(),
        voids: z.number().int().nonnegative(),
        overShort: money,
      }),
    ),
    closedBy: uuid.nullable(),
    closedAt: isoDateTime,
  }),
);

/** A banquet (宴会) settled to its group's folio; reservations posts it to the group block's account. */
export const BanquetSettled = defineEvent(
  'hotelops.fnb.banquet.settled.v1',
  z.object({
    banquetId: uuid,
    propertyId: uuid,
    groupBlockId: uuid,
    description: z.string().max(200),
    amount: money,
    settledAt: isoDateTime,
  }),
);

/**
 * (Part of) a bill settled by room charge: reservations posts it to the stay's folio once
 * (sourceRef `fnb-bill:<billId>`) and answers with FolioPosted or FolioPostingRejected.
 */
export const BillChargedToRoom = defineEvent(
  'hotelops.fnb.bill.charged-to-room.v1',
  z.object({
    billId: uuid,
    propertyId: uuid,
    outletId: uuid,
    outletName: z.string().max(200),
    reservationId: uuid,
    amount: money,
    /** e.g. "Lakeside Restaurant, table 12, 2 covers" */
    description: z.string().max(200),
    chargedAt: isoDateTime,
  }),
);
