import { randomUUID } from 'node:crypto';
import { Not, type EntityManager } from 'typeorm';
import { ItemCostChanged, StockMoved } from '@hotelops/contracts';
import { DomainError, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { movingAverage, valueOf } from '../valuation/valuation.rules';
import { StockLedgerEntryEntity, StockLevelEntity } from './stock.entity';
import { publishStockSignal } from './stock-signals';
import { applyMovement, directionOf, quantityProblem, type Direction, type MovementKind } from './stock.rules';

/** One movement to post, in the item's stock unit. */
export interface Posting {
  kind: MovementKind;
  /** only for ADJUSTMENT and COUNT_VARIANCE, which go either way */
  direction?: Direction;
  itemId: string;
  locationId: string;
  quantity: number;
  /** receipts: the price per stock unit (moves the moving average); others are valued at the average */
  unitCost?: number | null;
  /** the currency the price is in, for ItemCostChanged */
  currency?: string;
  reference?: string | null;
  lot?: string | null;
  expiresOn?: string | null;
  documentId?: string | null;
  reason?: string | null;
  /** the count that froze the bin may post to it (its variance) */
  countId?: string;
}

export const DEFAULT_CURRENCY = 'CNY';

/** How an outbound movement reads in "Cannot <verb> 7 each of …". */
const VERBS: Partial<Record<MovementKind, string>> = {
  ISSUE: 'issue',
  CONSUMPTION: 'consume',
  TRANSFER_OUT: 'transfer',
  WRITE_OFF: 'write off',
  RETURN_TO_VENDOR: 'return',
  ADJUSTMENT: 'adjust out',
  COUNT_VARIANCE: 'post a count loss of',
};

/**
 * The one way stock moves: every movement kind goes through post(), inside the caller's
 * transaction. It locks the (item, location) level row — concurrent movements of one item at
 * one bin queue on it, so none can overdraw it — and holds a share lock on the location, so a
 * count freezing that bin waits for movements in flight and later ones see the freeze.
 */
export class LedgerPoster {
  constructor(private readonly deps: ServiceDeps) {}

  async post(em: EntityManager, p: Posting, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    const problem = quantityProblem(p.quantity);
    if (problem) throw new DomainError('STOCK.INVALID_QUANTITY', problem, { field: 'quantity' });
    const direction = directionOf(p.kind, p.direction);
    if (!direction) throw new DomainError('STOCK.DIRECTION_REQUIRED', `${p.kind} needs a direction (IN or OUT)`, { field: 'direction' });
    const isPricedReceipt = p.kind === 'RECEIPT' && p.unitCost != null;
    const item = await em.findOne(ItemEntity, { where: { id: p.itemId }, ...(isPricedReceipt ? this.deps.db.forUpdate : {}) });
    if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', p.itemId);
    caller.assertProperty(item.propertyId);
    if (item.archivedAt && direction === 'IN' && p.kind === 'RECEIPT') {
      throw new DomainError('ITEM.ARCHIVED', `${item.name} (${item.sku}) is archived and takes no receipts`, { itemId: item.id });
    }
    const location = await this.lockLocation(em, p.locationId);
    if (!location || location.propertyId !== item.propertyId) throw notFound('LOCATION.NOT_FOUND', 'Location', p.locationId);
    if (location.frozenByCountId && location.frozenByCountId !== p.countId) {
      throw new DomainError(
        'STOCK.BIN_FROZEN',
        `${location.name} (${location.code}) is frozen for a count: no movements until the count is posted or cancelled`,
        { locationId: location.id, countId: location.frozenByCountId },
      );
    }

    const level = await this.lockLevel(em, item, location, direction === 'IN');
    const before = level?.onHand ?? 0;
    const next = applyMovement(before, direction, p.quantity);
    if (!next.ok) {
      throw new DomainError(
        'STOCK.INSUFFICIENT',
        `Cannot ${VERBS[p.kind] ?? 'take out'} ${p.quantity} ${item.unit} of ${item.name} (${item.sku}) from ${location.name} (${location.code}): ${before} on hand`,
        { itemId: item.id, locationId: location.id, onHand: before, requested: p.quantity },
      );
    }
    const now = this.deps.clock.now();
    const unitCost = isPricedReceipt ? p.unitCost! : item.averageCost;
    if (isPricedReceipt) await this.revalue(em, item, p.quantity, unitCost, p.currency ?? DEFAULT_CURRENCY, meta);
    await em.update(StockLevelEntity, { itemId: item.id, locationId: location.id }, { onHand: next.onHand, updatedAt: now });
    const entry = em.create(StockLedgerEntryEntity, {
      id: randomUUID(),
      propertyId: item.propertyId,
      itemId: item.id,
      locationId: location.id,
      kind: p.kind,
      direction,
      quantity: p.quantity,
      onHandAfter: next.onHand,
      unitCostMinor: p.kind === 'RECEIPT' && p.unitCost != null && Number.isInteger(p.unitCost) ? p.unitCost : null,
      unitCost,
      valueMinor: valueOf(p.quantity, unitCost),
      lot: p.lot ?? null,
      expiresOn: p.expiresOn ?? null,
      documentId: p.documentId ?? null,
      reason: p.reason ?? null,
      reference: p.reference ?? null,
      createdAt: now,
      createdBy: caller.employeeId ?? null,
    });
    await em.insert(StockLedgerEntryEntity, entry);
    await this.deps.outbox.add(
      em,
      StockMoved,
      {
        entryId: entry.id,
        propertyId: entry.propertyId,
        itemId: entry.itemId,
        locationId: entry.locationId,
        kind: p.kind,
        direction,
        quantity: entry.quantity,
        onHandAfter: entry.onHandAfter,
        movedAt: now.toISOString(),
      },
      // Keyed by item: every movement of an item reaches consumers in order.
      { subject: item.id, propertyId: item.propertyId },
      meta,
    );
    // A first receipt into a location that never held the item is not a replenishment.
    const fresh =
      before === 0 && !(await em.existsBy(StockLedgerEntryEntity, { itemId: item.id, locationId: location.id, id: Not(entry.id) }));
    if (!fresh) await publishStockSignal(this.deps, em, item, location, before, next.onHand, meta);
    return entry;
  }

  /** A receipt at a price moves the item's moving average (the item row is locked by post()). */
  private async revalue(em: EntityManager, item: ItemEntity, quantity: number, unitCost: number, currency: string, meta: EventMeta) {
    const row = await em
      .createQueryBuilder(StockLevelEntity, 'l')
      .select('COALESCE(SUM(l.onHand), 0)', 'total')
      .where('l.itemId = :itemId', { itemId: item.id })
      .getRawOne<{ total: string | number }>();
    const average = movingAverage(Number(row?.total ?? 0), item.averageCost, quantity, unitCost);
    if (average === item.averageCost) return;
    item.averageCost = average;
    await em.update(ItemEntity, { id: item.id }, { averageCost: average });
    await this.deps.outbox.add(
      em,
      ItemCostChanged,
      {
        propertyId: item.propertyId,
        itemId: item.id,
        sku: item.sku,
        unit: item.unit,
        unitCostMinor: average,
        currency,
        changedAt: this.deps.clock.now().toISOString(),
      },
      { subject: item.id, propertyId: item.propertyId },
      meta,
    );
  }

  private lockLocation(em: EntityManager, id: string): Promise<LocationEntity | null> {
    const qb = em.createQueryBuilder(LocationEntity, 'loc').where('loc.id = :id', { id });
    if (this.deps.db.isPostgres) qb.setLock('pessimistic_read');
    return qb.getOne();
  }

  /**
   * Locks and returns the (item, location) level row. Stock coming in creates the row first when
   * it is the first there; INSERT … ON CONFLICT DO NOTHING lets two first receipts race safely.
   */
  private async lockLevel(em: EntityManager, item: ItemEntity, location: LocationEntity, create: boolean) {
    if (create) {
      await em
        .createQueryBuilder()
        .insert()
        .into(StockLevelEntity)
        .values({ itemId: item.id, locationId: location.id, propertyId: item.propertyId, onHand: 0, updatedAt: this.deps.clock.now() })
        .orIgnore()
        .execute();
    }
    const qb = em
      .createQueryBuilder(StockLevelEntity, 'l')
      .where('l.itemId = :itemId AND l.locationId = :locationId', { itemId: item.id, locationId: location.id });
    if (this.deps.db.isPostgres) qb.setLock('pessimistic_write');
    return qb.getOne();
  }
}
