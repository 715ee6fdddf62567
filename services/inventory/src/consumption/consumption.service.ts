import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { ConsumptionRecorded, type DepletionRecorded, type NightAudited, type PayloadOf } from '@hotelops/contracts';
import { Caller, DomainError, SYSTEM, notFound, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { quantityProblem } from '../stock/stock.rules';
import type { CurrencyService } from '../currency/currency.service';
import type { LedgerPoster } from '../stock/ledger-poster';
import { StockLevelEntity } from '../stock/stock.entity';
import { ConsumptionEntity, HousekeepingParEntity } from './consumption.entity';
import { housekeepingUse, takeFrom, totalPerItem, type ConsumptionSource, type Shortfall } from './consumption.rules';

interface Booking {
  propertyId: string;
  source: ConsumptionSource;
  sourceId: string;
  location: LocationEntity | null;
  department: string | null;
  businessDate: string;
  needs: Map<string, number>;
}

/**
 * Books other domains' use of stock as CONSUMPTION movements, once per source document: a
 * replayed depletion (same id, even under a new event id) finds its consumption row and changes
 * nothing. Stock never goes below zero: what the shelf cannot give is kept as a shortfall on
 * the consumption (the next count shows it as variance) instead of refusing the sale.
 */
export class ConsumptionService {
  private readonly system = new Caller(SYSTEM);
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
    private readonly currencies: CurrencyService,
  ) {}

  /** F&B's depletion of a settled sale: from the outlet's own stock location. */
  async onDepletion(em: EntityManager, d: PayloadOf<typeof DepletionRecorded>, meta: EventMeta) {
    const location = await em.findOneBy(LocationEntity, { propertyId: d.propertyId, outletId: d.outletId, kind: 'OUTLET' });
    const needs = totalPerItem(d.lines.flatMap((l) => l.ingredients));
    await this.book(em, { ...d, source: 'FNB_DEPLETION', sourceId: d.depletionId, location, department: 'F&B', needs }, meta);
  }

  /** The night audit's occupied rooms per room type × housekeeping par → use from each par's location. */
  async onNightAudit(em: EntityManager, a: PayloadOf<typeof NightAudited>, meta: EventMeta) {
    const pars = await em.findBy(HousekeepingParEntity, { propertyId: a.propertyId });
    const byLocation = new Map<string, { itemId: string; quantity: number }[]>();
    for (const p of pars) {
      const rt = a.roomTypes.find((r) => r.roomTypeId === p.roomTypeId);
      if (!rt) continue;
      const quantity = housekeepingUse(p.perOccupiedNight, rt.arrivals, rt.stayovers);
      if (quantity > 0) byLocation.set(p.locationId, [...(byLocation.get(p.locationId) ?? []), { itemId: p.itemId, quantity }]);
    }
    for (const [locationId, lines] of byLocation) {
      const location = await em.findOneBy(LocationEntity, { id: locationId });
      await this.book(
        em,
        {
          propertyId: a.propertyId,
          source: 'HOUSEKEEPING',
          sourceId: `night-audit:${a.businessDate}:${locationId}`,
          location,
          department: 'HOUSEKEEPING',
          businessDate: a.businessDate,
          needs: totalPerItem(lines),
        },
        meta,
      );
    }
  }

  private async book(em: EntityManager, b: Booking, meta: EventMeta) {
    if (await em.existsBy(ConsumptionEntity, { source: b.source, sourceId: b.sourceId })) return;
    const id = randomUUID();
    const items = new Map((await em.findBy(ItemEntity, { id: In([...b.needs.keys()]), propertyId: b.propertyId })).map((i) => [i.id, i]));
    const shortfalls: Shortfall[] = [];
    const lines: { itemId: string; quantity: number; value: { amountMinor: number; currency: string } }[] = [];
    const currency = await this.currencies.of(em, b.propertyId);
    for (const [itemId, need] of b.needs) {
      if (!items.has(itemId)) shortfalls.push({ itemId, quantity: need, reason: 'UNKNOWN_ITEM' });
      else if (!b.location) shortfalls.push({ itemId, quantity: need, reason: 'NO_LOCATION' });
      else if (b.location.frozenByCountId) shortfalls.push({ itemId, quantity: need, reason: 'BIN_FROZEN' });
      else {
        const level = await em.findOne(StockLevelEntity, { where: { itemId, locationId: b.location.id }, ...this.deps.db.forUpdate });
        const { take, short } = takeFrom(level?.onHand ?? 0, need);
        if (short > 0) shortfalls.push({ itemId, quantity: short, reason: 'INSUFFICIENT' });
        if (take <= 0) continue;
        const entry = await this.poster.post(
          em,
          { kind: 'CONSUMPTION', itemId, locationId: b.location.id, quantity: take, documentId: id, reference: b.sourceId.slice(0, 200) },
          this.system,
          meta,
        );
        lines.push({ itemId, quantity: take, value: { amountMinor: Math.round(entry.valueMinor ?? 0), currency } });
      }
    }
    const valueMinor = lines.reduce((s, l) => s + l.value.amountMinor, 0);
    const locationId = b.location?.id ?? '00000000-0000-4000-8000-000000000000';
    await em.insert(ConsumptionEntity, {
      id,
      propertyId: b.propertyId,
      source: b.source,
      sourceId: b.sourceId,
      locationId,
      outletId: b.location?.outletId ?? null,
      department: b.department,
      businessDate: b.businessDate,
      valueMinor,
      shortfalls,
      createdAt: this.deps.clock.now(),
    });
    if (!lines.length) return;
    await this.deps.outbox.add(
      em,
      ConsumptionRecorded,
      {
        consumptionId: id,
        propertyId: b.propertyId,
        locationId,
        outletId: b.location?.outletId ?? null,
        departmentId: null,
        businessDate: b.businessDate,
        source: b.source,
        sourceId: b.sourceId,
        lines,
        recordedAt: this.deps.clock.now().toISOString(),
      },
      { subject: id, propertyId: b.propertyId },
      meta,
    );
  }

  /** Sets how much of an item a room type uses per occupied night, and where it is drawn from. */
  async setHousekeepingPar(input: { itemId: string; roomTypeId: string; locationId: string; perOccupiedNight: number }, caller: Caller) {
    const problem = quantityProblem(input.perOccupiedNight);
    if (problem) throw new DomainError('STOCK.INVALID_QUANTITY', problem, { field: 'perOccupiedNight' });
    return this.deps.db.transaction(async (em) => {
      const item = await em.findOneBy(ItemEntity, { id: input.itemId });
      if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', input.itemId);
      caller.assertProperty(item.propertyId);
      const location = await em.findOneBy(LocationEntity, { id: input.locationId, propertyId: item.propertyId });
      if (!location) throw notFound('LOCATION.NOT_FOUND', 'Location', input.locationId);
      const row = em.create(HousekeepingParEntity, { ...input, propertyId: item.propertyId });
      await em.delete(HousekeepingParEntity, { itemId: input.itemId, roomTypeId: input.roomTypeId });
      await em.insert(HousekeepingParEntity, row);
      return row;
    });
  }

  list(propertyId: string, caller: Caller, from: string, to: string) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager
      .createQueryBuilder(ConsumptionEntity, 'c')
      .where('c.propertyId = :propertyId AND c.businessDate >= :from AND c.businessDate <= :to', { propertyId, from, to })
      .orderBy('c.createdAt', 'DESC')
      .take(100)
      .getMany();
  }
}
