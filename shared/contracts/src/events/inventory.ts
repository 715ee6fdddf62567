import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, money, uuid } from './define-event';

/**
 * Every kind of ledger movement, declared once here (the event carries it); inventory's stock
 * rules take their list from it. ADJUSTMENT and COUNT_VARIANCE go either way.
 */
export const MOVEMENT_KINDS = [
  'RECEIPT',
  'ISSUE',
  'TRANSFER_OUT',
  'TRANSFER_IN',
  'CONSUMPTION',
  'ADJUSTMENT',
  'RETURN_TO_VENDOR',
  'WRITE_OFF',
  'COUNT_VARIANCE',
] as const;

export const StockMoved = defineEvent(
  'hotelops.inventory.stock.moved.v1',
  z.object({
    entryId: uuid,
    propertyId: uuid,
    itemId: uuid,
    locationId: uuid,
    kind: z.enum(MOVEMENT_KINDS),
    /** which way on-hand moved; absent on events from before adjustments and counts existed (RECEIPT in, ISSUE out) */
    direction: z.enum(['IN', 'OUT']).optional(),
    quantity: z.number(),
    onHandAfter: z.number(),
    movedAt: isoDateTime,
  }),
);

const stockLevel = {
  propertyId: uuid,
  itemId: uuid,
  sku: z.string().max(64),
  itemName: z.string().max(200),
  locationId: uuid,
  /** the outlet this location serves (its bar store, its kitchen), or null for a store or department */
  outletId: uuid.nullable(),
  onHand: z.number().finite(),
  unit: z.string().max(20),
  reorderPoint: z.number().finite().nullable(),
  at: isoDateTime,
};

/** On hand at a location fell to or below the item's reorder point (still above zero). */
export const StockFellLow = defineEvent('hotelops.inventory.stock.fell-low.v1', z.object(stockLevel));
/** On hand at a location reached zero: F&B switches off the menu items whose recipe needs it there. */
export const StockRanOut = defineEvent('hotelops.inventory.stock.ran-out.v1', z.object(stockLevel));
/** On hand at a location rose above zero again after running out (or above the reorder point after falling low). */
export const StockReplenished = defineEvent('hotelops.inventory.stock.replenished.v1', z.object(stockLevel));

/** The item's valuation changed (moving average after a receipt): F&B recomputes theoretical food cost. */
export const ItemCostChanged = defineEvent(
  'hotelops.inventory.item.cost-changed.v1',
  z.object({
    propertyId: uuid,
    itemId: uuid,
    sku: z.string().max(64),
    unit: z.string().max(20),
    /** per stock unit, in minor units; fractional (a gram of saffron costs less than one fen… or more) */
    unitCostMinor: z.number().nonnegative().finite(),
    currency: z.string().regex(/^[A-Z]{3}$/),
    changedAt: isoDateTime,
  }),
);

/** Progress of an outlet's requisition in the store: picked, delivered (in full or short), or rejected. */
export const RequisitionStatusChanged = defineEvent(
  'hotelops.inventory.requisition.status-changed.v1',
  z.object({
    requisitionId: uuid,
    propertyId: uuid,
    outletId: uuid,
    status: z.enum(['ACCEPTED', 'PICKED', 'DELIVERED', 'SHORT', 'REJECTED']),
    lines: z.array(
      z.object({ lineId: uuid, itemId: uuid, requested: z.number().finite(), picked: z.number().finite(), delivered: z.number().finite() }),
    ),
    reason: z.string().max(500).nullable(),
    changedAt: isoDateTime,
  }),
);

/**
 * Stock consumed at a location on a business date (sales depletion, housekeeping use, issues to a
 * department), valued at the moving average: F&B's actual food cost per outlet and period.
 */
export const ConsumptionRecorded = defineEvent(
  'hotelops.inventory.consumption.recorded.v1',
  z.object({
    consumptionId: uuid,
    propertyId: uuid,
    locationId: uuid,
    outletId: uuid.nullable(),
    departmentId: uuid.nullable(),
    businessDate: isoDate,
    source: z.enum(['FNB_DEPLETION', 'HOUSEKEEPING', 'ISSUE', 'TRANSFER_TO_OUTLET']),
    /** the event or document that caused it (a depletion id, a check-out's reservation id…) */
    sourceId: z.string().max(100),
    lines: z.array(z.object({ itemId: uuid, quantity: z.number().finite(), value: money })),
    recordedAt: isoDateTime,
  }),
);

/** A cycle count or stocktake was approved: bin accuracy per counter feeds staffing's storekeeper KPIs. */
export const CountApproved = defineEvent(
  'hotelops.inventory.count.approved.v1',
  z.object({
    countId: uuid,
    propertyId: uuid,
    kind: z.enum(['CYCLE', 'FULL']),
    counters: z.array(
      z.object({ employeeId: uuid, binsCounted: z.number().int().nonnegative(), binsAccurate: z.number().int().nonnegative() }),
    ),
    varianceValue: money,
    approvedBy: uuid,
    approvedAt: isoDateTime,
  }),
);

const transferRef = { transferId: uuid, propertyId: uuid, number: z.string().max(20), fromLocationId: uuid, toLocationId: uuid };

/**
 * A transfer's receiving leg took in less than was sent on some line: the rest stays in transit
 * (it may still turn up) until received or written off as transit loss.
 */
export const TransferReceivedShort = defineEvent(
  'hotelops.inventory.transfer.received-short.v1',
  z.object({
    ...transferRef,
    lines: z.array(
      z.object({
        itemId: uuid,
        sent: z.number().finite(),
        received: z.number().finite(),
        inTransit: z.number().finite(),
        reason: z.string().max(200).nullable(),
      }),
    ),
    receivedAt: isoDateTime,
  }),
);

/** What never arrived of a transfer was written off as transit loss on a manager's approval (explained shrinkage). */
export const TransitLossWrittenOff = defineEvent(
  'hotelops.inventory.transfer.transit-loss-written-off.v1',
  z.object({
    ...transferRef,
    lines: z.array(z.object({ itemId: uuid, quantity: z.number().finite(), value: money })),
    value: money,
    reason: z.string().max(200),
    approvedBy: uuid.nullable(),
    writtenOffAt: isoDateTime,
  }),
);
