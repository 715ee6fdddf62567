import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ItemCostChanged, StockMoved } from '@hotelops/contracts';
import { DomainError, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { CurrencyService } from '../currency/currency.service';
import { ItemEntity } from '../item/item.entity';
import { movingAverage, valueOf } from '../valuation/valuation.rules';
import { StockLedgerEntryEntity } from './stock.entity';
import { chunks, itemTotals, keysWithHistory, levelKey, lockLevels, lockLocations, updateLevels, type LevelKey } from './ledger-sql';
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
 * The one way stock moves: every movement kind goes through post() or postMany(), inside the
 * caller's transaction. It locks the (item, location) level rows — concurrent movements of one
 * item at one bin queue on them, so none can overdraw it (and CHECK (on_hand >= 0) backs that
 * in the database) — and holds share locks on the locations, so a count freezing a bin waits
 * for movements in flight and later ones see the freeze.
 */
export class LedgerPoster {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly currencies: CurrencyService,
  ) {}

  async post(em: EntityManager, p: Posting, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    return (await this.postMany(em, [p], caller, meta))[0]!;
  }

  /**
   * Posts movements set-based: a handful of statements per 500 movements (load, lock, bulk
   * ledger INSERT, bulk level UPDATE, bulk outbox INSERT) instead of a dozen per movement.
   * Movements apply in the order given (two on one bin see each other); any refusal leaves
   * nothing applied, as the caller's transaction rolls back.
   */
  async postMany(em: EntityManager, postings: readonly Posting[], caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity[]> {
    if (!postings.length) return [];
    const directions = postings.map((p) => {
      const problem = quantityProblem(p.quantity);
      if (problem) throw new DomainError('STOCK.INVALID_QUANTITY', problem, { field: 'quantity' });
      const direction = directionOf(p.kind, p.direction);
      if (!direction) throw new DomainError('STOCK.DIRECTION_REQUIRED', `${p.kind} needs a direction (IN or OUT)`, { field: 'direction' });
      return direction;
    });
    const priced = (p: Posting) => p.kind === 'RECEIPT' && p.unitCost != null;
    const items = await this.loadItems(em, postings, new Set(postings.filter(priced).map((p) => p.itemId)));
    const locations = await lockLocations(em, this.deps.db, [...new Set(postings.map((p) => p.locationId))]);
    postings.forEach((p, i) => {
      const item = items.get(p.itemId);
      if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', p.itemId);
      caller.assertProperty(item.propertyId);
      if (item.archivedAt && directions[i] === 'IN' && p.kind === 'RECEIPT') {
        throw new DomainError('ITEM.ARCHIVED', `${item.name} (${item.sku}) is archived and takes no receipts`, { itemId: item.id });
      }
      const location = locations.get(p.locationId);
      if (!location || location.propertyId !== item.propertyId) throw notFound('LOCATION.NOT_FOUND', 'Location', p.locationId);
      if (location.frozenByCountId && location.frozenByCountId !== p.countId) {
        throw new DomainError(
          'STOCK.BIN_FROZEN',
          `${location.name} (${location.code}) is frozen for a count: no movements until the count is posted or cancelled`,
          { locationId: location.id, countId: location.frozenByCountId },
        );
      }
    });

    const now = this.deps.clock.now();
    const keys = new Map<string, LevelKey & { propertyId: string; create: boolean }>();
    postings.forEach((p, i) => {
      const key = keys.get(levelKey(p)) ?? {
        itemId: p.itemId,
        locationId: p.locationId,
        propertyId: items.get(p.itemId)!.propertyId,
        create: false,
      };
      key.create ||= directions[i] === 'IN';
      keys.set(levelKey(p), key);
    });
    const onHand = await lockLevels(em, this.deps.db, [...keys.values()], now);
    const totals = await itemTotals(em, this.deps.db, [...new Set(postings.filter(priced).map((p) => p.itemId))]);
    const history = await keysWithHistory(
      em,
      this.deps.db,
      [...keys.values()].filter((k) => !onHand.get(levelKey(k))),
    );

    // Apply in order, in memory: running on-hand per bin, running total and average per item.
    const revalued = new Map<string, ItemEntity>();
    const moves: { entry: StockLedgerEntryEntity; before: number; fresh: boolean }[] = [];
    const moved = new Set<string>();
    postings.forEach((p, i) => {
      const item = items.get(p.itemId)!;
      const location = locations.get(p.locationId)!;
      const key = levelKey(p);
      const before = onHand.get(key) ?? 0;
      const next = applyMovement(before, directions[i]!, p.quantity);
      if (!next.ok) {
        throw new DomainError(
          'STOCK.INSUFFICIENT',
          `Cannot ${VERBS[p.kind] ?? 'take out'} ${p.quantity} ${item.unit} of ${item.name} (${item.sku}) from ${location.name} (${location.code}): ${before} on hand`,
          { itemId: item.id, locationId: location.id, onHand: before, requested: p.quantity },
        );
      }
      if (priced(p)) {
        const average = movingAverage(totals.get(item.id) ?? 0, item.averageCost, p.quantity, p.unitCost!);
        if (average !== item.averageCost) revalued.set(item.id, item);
        item.averageCost = average;
      }
      if (totals.has(item.id)) totals.set(item.id, totals.get(item.id)! + next.onHand - before);
      const unitCost = priced(p) ? p.unitCost! : item.averageCost;
      // A first receipt into a location that never held the item is not a replenishment.
      const fresh = before === 0 && !history.has(key) && !moved.has(key);
      onHand.set(key, next.onHand);
      moved.add(key);
      const entry = em.create(StockLedgerEntryEntity, {
        id: randomUUID(),
        propertyId: item.propertyId,
        itemId: item.id,
        locationId: location.id,
        kind: p.kind,
        direction: directions[i],
        quantity: p.quantity,
        onHandAfter: next.onHand,
        unitCostMinor: priced(p) && Number.isInteger(p.unitCost) ? p.unitCost : null,
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
      moves.push({ entry, before, fresh });
    });

    for (const item of revalued.values()) {
      const currency = postings.find((p) => priced(p) && p.itemId === item.id)?.currency ?? (await this.currencies.of(em, item.propertyId));
      await this.announceCost(em, item, currency, meta);
    }
    await updateLevels(
      em,
      this.deps.db,
      [...keys.values()].map((k) => ({ ...k, onHand: onHand.get(levelKey(k))! })),
      now,
    );
    for (const chunk of chunks(
      moves.map((m) => m.entry),
      250,
    ))
      await em.insert(StockLedgerEntryEntity, chunk);
    await this.deps.outbox.addMany(
      em,
      StockMoved,
      moves.map(({ entry }) => ({
        payload: {
          entryId: entry.id,
          propertyId: entry.propertyId,
          itemId: entry.itemId,
          locationId: entry.locationId,
          kind: entry.kind,
          direction: entry.direction,
          quantity: entry.quantity,
          onHandAfter: entry.onHandAfter,
          movedAt: now.toISOString(),
        },
        // Keyed by item: every movement of an item reaches consumers in order.
        target: { subject: entry.itemId, propertyId: entry.propertyId },
      })),
      meta,
    );
    for (const m of moves) {
      if (m.fresh) continue;
      const [item, location] = [items.get(m.entry.itemId)!, locations.get(m.entry.locationId)!];
      await publishStockSignal(this.deps, em, item, location, m.before, m.entry.onHandAfter, meta);
    }
    return moves.map((m) => m.entry);
  }

  /** Items of the postings; those receiving at a price are locked, as their moving average changes. */
  private async loadItems(em: EntityManager, postings: readonly Posting[], pricedIds: Set<string>): Promise<Map<string, ItemEntity>> {
    const ids = [...new Set(postings.map((p) => p.itemId))].sort();
    const items = new Map<string, ItemEntity>();
    for (const chunk of chunks(ids)) {
      const locked = chunk.filter((id) => pricedIds.has(id));
      const plain = chunk.filter((id) => !pricedIds.has(id));
      if (locked.length) {
        const rows = await em.find(ItemEntity, { where: { id: In(locked) }, order: { id: 'ASC' }, ...this.deps.db.forUpdate });
        for (const i of rows) items.set(i.id, i);
      }
      if (plain.length) for (const i of await em.findBy(ItemEntity, { id: In(plain) })) items.set(i.id, i);
    }
    return items;
  }

  /** A receipt at a price moved the item's moving average (the item row is locked by postMany()). */
  private async announceCost(em: EntityManager, item: ItemEntity, currency: string, meta: EventMeta) {
    await em.update(ItemEntity, { id: item.id }, { averageCost: item.averageCost });
    await this.deps.outbox.add(
      em,
      ItemCostChanged,
      {
        propertyId: item.propertyId,
        itemId: item.id,
        sku: item.sku,
        unit: item.unit,
        unitCostMinor: item.averageCost,
        currency,
        changedAt: this.deps.clock.now().toISOString(),
      },
      { subject: item.id, propertyId: item.propertyId },
      meta,
    );
  }
}
