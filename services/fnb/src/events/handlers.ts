import {
  ConsumptionRecorded,
  FolioPosted,
  FolioPostingRejected,
  ItemCostChanged,
  RequisitionStatusChanged,
  StockFellLow,
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationRoomMoved,
  StockRanOut,
  StockReplenished,
  type PayloadOf,
} from '@hotelops/contracts';
import { on, type HandlerRegistration } from '@hotelops/kernel';
import type { EntityManager } from 'typeorm';
import type { FnbServices } from '../composition';
import { StockLowEntity, StockOutEntity } from '../menu/menu-item.entity';
import { stockLevel } from '../menu/menu.rules';
import { ConsumptionEntity, ItemCostEntity } from '../recipe/recipe.entity';

/** Where a folio posting came from: `fnb-bill:<id>` or `fnb-banquet:<id>`. */
function sourceOf(ref: string): { kind: 'bill' | 'banquet'; id: string } | null {
  const m = /^fnb-(bill|banquet):([0-9a-f-]{36})$/.exec(ref);
  return m ? { kind: m[1] as 'bill' | 'banquet', id: m[2] } : null;
}

/**
 * Facts F&B keeps from other domains: who is in house (room charges), what is out of stock
 * (menu availability), what ingredients cost and what was consumed (food cost), how
 * requisitions progress, and whether the folio took a room charge or banquet.
 */
export function handlers(s: FnbServices): HandlerRegistration[] {
  return [...stayHandlers(s), ...inventoryHandlers(s), ...postingHandlers(s)];
}

/** The in-house projection, for room charges. */
function stayHandlers(s: FnbServices): HandlerRegistration[] {
  return [
    on(ReservationCheckedIn, (e, em) => s.stays.record(em, { ...e.data, status: 'IN_HOUSE', at: e.data.checkedInAt })),
    on(ReservationRoomMoved, (e, em) => s.stays.record(em, { ...e.data, status: 'IN_HOUSE', at: e.data.movedAt })),
    on(ReservationCheckedOut, (e, em) => s.stays.record(em, { ...e.data, status: 'CHECKED_OUT', at: e.data.checkedOutAt })),
    on(ReservationCancelled, (e, em) => s.stays.record(em, { ...e.data, roomNumber: null, status: 'CANCELLED', at: e.data.cancelledAt })),
  ];
}

/**
 * Whether an ingredient runs low at an outlet, from the level an event reports: kept while at or
 * below the reorder point (also after a replenishment that leaves it low), dropped otherwise —
 * out of stock is the stock-out's business. Safe to apply twice.
 */
async function recordLow(em: EntityManager, d: PayloadOf<typeof StockFellLow>) {
  if (!d.outletId) return; // a store running low does not concern an outlet's servers
  const key = { outletId: d.outletId, inventoryItemId: d.itemId };
  if (stockLevel(d.onHand, d.reorderPoint) !== 'LOW') return void (await em.delete(StockLowEntity, key));
  await em.save(em.create(StockLowEntity, { ...key, itemName: d.itemName, onHand: d.onHand, unit: d.unit, since: new Date(d.at) }));
}

/** Stock-outs and low stock (menu availability), unit costs and consumption (food cost), requisitions. */
function inventoryHandlers(s: FnbServices): HandlerRegistration[] {
  return [
    on(StockFellLow, (e, em) => recordLow(em, e.data)),
    on(StockRanOut, async (e, em) => {
      if (!e.data.outletId) return; // a store running out does not empty an outlet's own stock
      await recordLow(em, e.data);
      await em.save(
        em.create(StockOutEntity, {
          outletId: e.data.outletId,
          inventoryItemId: e.data.itemId,
          itemName: e.data.itemName,
          since: new Date(e.data.at),
        }),
      );
    }),
    on(StockReplenished, async (e, em) => {
      if (e.data.outletId && e.data.onHand > 0)
        await em.delete(StockOutEntity, { outletId: e.data.outletId, inventoryItemId: e.data.itemId });
      await recordLow(em, e.data);
    }),
    on(ItemCostChanged, async (e, em) => {
      const d = e.data;
      const known = await em.findOneBy(ItemCostEntity, { inventoryItemId: d.itemId });
      if (known && known.changedAt.toISOString() > d.changedAt) return;
      await em.save(
        em.create(ItemCostEntity, {
          inventoryItemId: d.itemId,
          propertyId: d.propertyId,
          sku: d.sku,
          unit: d.unit,
          unitCostMinor: d.unitCostMinor,
          currency: d.currency,
          changedAt: new Date(d.changedAt),
        }),
      );
    }),
    on(ConsumptionRecorded, async (e, em) => {
      const d = e.data;
      if (!d.outletId) return;
      const valueMinor = d.lines.reduce((sum, l) => sum + l.value.amountMinor, 0);
      await em.save(
        em.create(ConsumptionEntity, {
          consumptionId: d.consumptionId,
          propertyId: d.propertyId,
          outletId: d.outletId,
          businessDate: d.businessDate,
          valueMinor,
        }),
      );
    }),
    on(RequisitionStatusChanged, (e, em) => s.requisitions.onStatusChanged(em, e.data)),
  ];
}

/** Whether the folio took a room charge or a banquet. */
function postingHandlers(s: FnbServices): HandlerRegistration[] {
  return [
    on(FolioPosted, async (e, em) => {
      const src = sourceOf(e.data.sourceRef);
      if (src?.kind === 'bill') await s.bills.onPosting(em, src.id, { posted: true });
      if (src?.kind === 'banquet') await s.banquets.onPosting(em, src.id, { posted: true });
    }),
    on(FolioPostingRejected, async (e, em) => {
      const src = sourceOf(e.data.sourceRef);
      const reason = `${e.data.code}: ${e.data.reason}`;
      if (src?.kind === 'bill') await s.bills.onPosting(em, src.id, { posted: false, reason });
      if (src?.kind === 'banquet') await s.banquets.onPosting(em, src.id, { posted: false, reason });
    }),
  ];
}
