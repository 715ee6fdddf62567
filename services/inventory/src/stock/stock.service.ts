import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { StockMoved } from '@hotelops/contracts';
import {
  DomainError,
  notFound,
  paginate,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
  groupByIds,
} from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { StockLedgerEntryEntity, StockLevelEntity } from './stock.entity';
import { applyMovement, quantityProblem, type MovementKind } from './stock.rules';

export interface Movement {
  itemId: string;
  locationId: string;
  quantity: number;
  unitCostMinor?: number | null;
  reference?: string | null;
}

export interface StockLevelFilter {
  itemId?: string;
  locationId?: string;
}

export class StockService {
  constructor(private readonly deps: ServiceDeps) {}

  receive(input: Movement, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    return this.move('RECEIPT', input, caller, meta);
  }

  issue(input: Movement, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    return this.move('ISSUE', { ...input, unitCostMinor: null }, caller, meta);
  }

  /**
   * Writes one ledger entry, the new on-hand and the StockMoved event in one transaction. The
   * level row is locked first, so a concurrent movement of the same item at the same location
   * waits and then sees this one's result (PostgreSQL: SELECT … FOR UPDATE; SQLite transactions
   * are already run one at a time by the kernel).
   */
  private async move(kind: MovementKind, input: Movement, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    const problem = quantityProblem(input.quantity);
    if (problem) throw new DomainError('STOCK.INVALID_QUANTITY', problem, { field: 'quantity' });
    return this.deps.db.transaction(async (em) => {
      const item = await em.findOneBy(ItemEntity, { id: input.itemId });
      if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', input.itemId);
      caller.assertProperty(item.propertyId);
      const location = await em.findOneBy(LocationEntity, { id: input.locationId });
      if (!location || location.propertyId !== item.propertyId) throw notFound('LOCATION.NOT_FOUND', 'Location', input.locationId);

      const level = await this.lockLevel(em, item, location, kind === 'RECEIPT');
      const onHand = level?.onHand ?? 0;
      const next = applyMovement(onHand, kind, input.quantity);
      if (!next.ok) {
        throw new DomainError(
          'STOCK.INSUFFICIENT',
          `Cannot issue ${input.quantity} ${item.unit} of ${item.name} (${item.sku}) from ${location.name} (${location.code}): ${onHand} on hand`,
          { itemId: item.id, locationId: location.id, onHand, requested: input.quantity },
        );
      }
      const now = this.deps.clock.now();
      await em.update(StockLevelEntity, { itemId: item.id, locationId: location.id }, { onHand: next.onHand, updatedAt: now });
      const entry = await em.save(
        em.create(StockLedgerEntryEntity, {
          id: randomUUID(),
          propertyId: item.propertyId,
          itemId: item.id,
          locationId: location.id,
          kind,
          quantity: input.quantity,
          onHandAfter: next.onHand,
          unitCostMinor: input.unitCostMinor ?? null,
          reference: input.reference ?? null,
          createdAt: now,
          createdBy: caller.employeeId ?? null,
        }),
      );
      await this.deps.outbox.add(
        em,
        StockMoved,
        {
          entryId: entry.id,
          propertyId: entry.propertyId,
          itemId: entry.itemId,
          locationId: entry.locationId,
          kind,
          quantity: entry.quantity,
          onHandAfter: entry.onHandAfter,
          movedAt: now.toISOString(),
        },
        // Keyed by item: every movement of an item reaches consumers in order.
        { subject: item.id, propertyId: item.propertyId },
        meta,
      );
      return entry;
    });
  }

  /**
   * Locks and returns the (item, location) level row. A receipt creates the row first when it is
   * the first stock there; INSERT … ON CONFLICT DO NOTHING lets two first receipts race safely.
   */
  private async lockLevel(
    em: EntityManager,
    item: ItemEntity,
    location: LocationEntity,
    create: boolean,
  ): Promise<StockLevelEntity | null> {
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

  /** On-hand rows of a property, by location code then SKU. */
  levels(propertyId: string, caller: Caller, filter: StockLevelFilter = {}) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(ItemEntity, 'i', 'i.id = l.itemId')
      .innerJoin(LocationEntity, 'loc', 'loc.id = l.locationId')
      .where('l.propertyId = :propertyId', { propertyId });
    if (filter.itemId) qb.andWhere('l.itemId = :itemId', { itemId: filter.itemId });
    if (filter.locationId) qb.andWhere('l.locationId = :locationId', { locationId: filter.locationId });
    return qb.orderBy('loc.code', 'ASC').addOrderBy('i.sku', 'ASC').getMany();
  }

  /**
   * On-hand rows held at the given F&B outlets (their OUTLET locations and bins), grouped by
   * outlet id in input order: one query for any number of outlets. Rows of properties the caller
   * may not see are left out.
   */
  async levelsByOutlet(outletIds: readonly string[], caller: Caller): Promise<StockLevelEntity[][]> {
    const qb = this.deps.db.manager
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(LocationEntity, 'loc', 'loc.id = l.locationId')
      .innerJoin(ItemEntity, 'i', 'i.id = l.itemId')
      .addSelect('loc.outletId', 'outlet_id')
      .where('loc.outletId IN (:...outletIds)', { outletIds: [...outletIds] });
    const scope = caller.propertyScope();
    if (scope) qb.andWhere('l.propertyId IN (:...scope)', { scope: scope.length ? scope : [''] });
    const { entities, raw } = await qb.orderBy('loc.code', 'ASC').addOrderBy('i.sku', 'ASC').getRawAndEntities();
    const outletOfLocation = new Map((raw as { l_location_id: string; outlet_id: string }[]).map((r) => [r.l_location_id, r.outlet_id]));
    return groupByIds(outletIds, entities, (level) => outletOfLocation.get(level.locationId)!);
  }

  /** Movements of an item (optionally at one location), oldest first. */
  async ledger(itemId: string, caller: Caller, page: PageArgs, locationId?: string) {
    const item = await this.deps.db.manager.findOneBy(ItemEntity, { id: itemId });
    if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', itemId);
    caller.assertProperty(item.propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(StockLedgerEntryEntity, 'e').where('e.itemId = :itemId', { itemId });
    if (locationId) qb.andWhere('e.locationId = :locationId', { locationId });
    return paginate(qb, page);
  }
}
