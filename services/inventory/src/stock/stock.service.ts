import { notFound, paginate, type Caller, type EventMeta, type PageArgs, type ServiceDeps, groupByIds } from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import type { LedgerPoster } from './ledger-poster';
import { StockLedgerEntryEntity, StockLevelEntity } from './stock.entity';
import type { Direction } from './stock.rules';

export interface Movement {
  itemId: string;
  locationId: string;
  quantity: number;
  unitCostMinor?: number | null;
  reference?: string | null;
  lot?: string | null;
  expiresOn?: string | null;
}

export interface StockLevelFilter {
  itemId?: string;
  locationId?: string;
}

export class StockService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
  ) {}

  receive(input: Movement, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    const { unitCostMinor, ...rest } = input;
    return this.deps.db.transaction((em) =>
      this.poster.post(em, { kind: 'RECEIPT', ...rest, unitCost: unitCostMinor ?? null }, caller, meta),
    );
  }

  issue(input: Movement, caller: Caller, meta: EventMeta): Promise<StockLedgerEntryEntity> {
    const { itemId, locationId, quantity, reference } = input;
    return this.deps.db.transaction((em) => this.poster.post(em, { kind: 'ISSUE', itemId, locationId, quantity, reference }, caller, meta));
  }

  /** A correction with a reason, either way; valued at the moving average. */
  adjust(input: Movement & { direction: Direction; reason: string }, caller: Caller, meta: EventMeta) {
    const { itemId, locationId, quantity, reference, direction, reason } = input;
    return this.deps.db.transaction((em) =>
      this.poster.post(em, { kind: 'ADJUSTMENT', direction, itemId, locationId, quantity, reference, reason }, caller, meta),
    );
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
