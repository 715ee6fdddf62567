import type { Caller, ServiceDeps } from '@hotelops/kernel';
import type { CurrencyService } from '../currency/currency.service';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { ConsumptionEntity } from '../consumption/consumption.entity';
import { StockLedgerEntryEntity, StockLevelEntity } from '../stock/stock.entity';

/** A period: ISO timestamps or dates, [from, to). */
export interface Period {
  from: string;
  to: string;
}

const num = (v: unknown) => Math.round(Number(v ?? 0) * 1000) / 1000;
/** Signed value of a ledger row: what came in adds, what went out takes away. */
const SIGNED_VALUE = "CASE WHEN e.direction = 'IN' THEN e.value_minor ELSE -e.value_minor END";

/**
 * Stock reports in SQL over the ledger. Because every movement carries its value at the moving
 * average, the stock value at any moment is the sum of signed values before it — no replay.
 */
export class ReportService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly currencies: CurrencyService,
  ) {}

  private ledger(propertyId: string) {
    return this.deps.db.manager
      .createQueryBuilder(StockLedgerEntryEntity, 'e')
      .innerJoin(ItemEntity, 'i', 'i.id = e.itemId')
      .innerJoin(LocationEntity, 'loc', 'loc.id = e.locationId')
      .where('e.propertyId = :propertyId', { propertyId });
  }

  /**
   * Shrinkage (灭失/损耗) in a period: explained = write-offs by reason (damage, expiry, breakage,
   * waste); unexplained = count variance (losses minus gains). Optionally one outlet's locations.
   */
  async shrinkage(propertyId: string, period: Period, caller: Caller, outletId?: string) {
    caller.assertProperty(propertyId);
    const qb = this.ledger(propertyId)
      .select('e.kind', 'kind')
      .addSelect('e.direction', 'direction')
      .addSelect('e.reason', 'reason')
      .addSelect('SUM(e.value_minor)', 'value')
      .addSelect('SUM(e.quantity)', 'quantity')
      .andWhere("e.kind IN ('WRITE_OFF', 'COUNT_VARIANCE') AND e.createdAt >= :from AND e.createdAt < :to", period)
      .groupBy('e.kind')
      .addGroupBy('e.direction')
      .addGroupBy('e.reason');
    if (outletId) qb.andWhere('loc.outletId = :outletId', { outletId });
    const rows = await qb.getRawMany<{ kind: string; direction: string; reason: string | null; value: string }>();
    const explained = new Map<string, number>();
    let loss = 0;
    let gain = 0;
    for (const r of rows) {
      if (r.kind === 'WRITE_OFF') explained.set(r.reason ?? 'DAMAGE', (explained.get(r.reason ?? 'DAMAGE') ?? 0) + num(r.value));
      else if (r.direction === 'OUT') loss += num(r.value);
      else gain += num(r.value);
    }
    const explainedTotal = [...explained.values()].reduce((s, v) => s + v, 0);
    return {
      explained: [...explained].map(([reason, valueMinor]) => ({ reason, valueMinor })).sort((a, b) => a.reason.localeCompare(b.reason)),
      explainedMinor: explainedTotal,
      unexplainedLossMinor: loss,
      unexplainedGainMinor: gain,
      unexplainedNetMinor: loss - gain,
      totalMinor: explainedTotal + loss - gain,
    };
  }

  /** Stock value by category at a moment (default now): Σ signed movement values before it. */
  async valueByCategory(propertyId: string, caller: Caller, asOf?: string) {
    caller.assertProperty(propertyId);
    const at = asOf ?? this.deps.clock.now().toISOString();
    const rows = await this.ledger(propertyId)
      .select('i.category', 'category')
      .addSelect(`SUM(${SIGNED_VALUE})`, 'value')
      .andWhere('e.createdAt < :at', { at })
      .groupBy('i.category')
      .orderBy('i.category')
      .getRawMany<{ category: string; value: string }>();
    const currency = await this.currencies.get(propertyId);
    return rows.map((r) => ({ category: r.category, valueMinor: num(r.value), currency }));
  }

  /** Today's stock value per location from on-hand × moving average (the whole store in one query). */
  async valueByLocation(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    const rows = await this.deps.db.manager
      .createQueryBuilder(StockLevelEntity, 'l')
      .innerJoin(ItemEntity, 'i', 'i.id = l.itemId')
      .select('l.locationId', 'locationId')
      .addSelect('SUM(l.on_hand * i.average_cost)', 'value')
      .where('l.propertyId = :propertyId', { propertyId })
      .groupBy('l.locationId')
      .getRawMany<{ locationId: string; value: string }>();
    const currency = await this.currencies.get(propertyId);
    return rows.map((r) => ({ locationId: r.locationId, valueMinor: Math.round(num(r.value)), currency }));
  }

  /**
   * Turnover (周转率) per category over a period: value consumed or issued ÷ average stock value
   * (opening and closing). Null when the category held no stock.
   */
  async turnover(propertyId: string, period: Period, caller: Caller) {
    const [opening, closing] = await Promise.all([
      this.valueByCategory(propertyId, caller, period.from),
      this.valueByCategory(propertyId, caller, period.to),
    ]);
    const used = await this.ledger(propertyId)
      .select('i.category', 'category')
      .addSelect('SUM(e.value_minor)', 'value')
      .andWhere("e.kind IN ('CONSUMPTION', 'ISSUE') AND e.createdAt >= :from AND e.createdAt < :to", period)
      .groupBy('i.category')
      .getRawMany<{ category: string; value: string }>();
    const categories = [...new Set([...opening, ...closing].map((r) => r.category).concat(used.map((u) => u.category)))].sort();
    const of = (rows: { category: string; valueMinor: number }[], c: string) => rows.find((r) => r.category === c)?.valueMinor ?? 0;
    return categories.map((category) => {
      const usedMinor = num(used.find((u) => u.category === category)?.value);
      const average = (of(opening, category) + of(closing, category)) / 2;
      return {
        category,
        usedMinor,
        averageStockMinor: average,
        turnover: average > 0 ? Math.round((usedMinor / average) * 1000) / 1000 : null,
      };
    });
  }

  /**
   * Slow movers (滞销): items on hand with nothing consumed, issued or transferred out since
   * `since`; overstock (积压): on hand above twice the par level.
   */
  async slowMovers(propertyId: string, since: string, caller: Caller) {
    caller.assertProperty(propertyId);
    const rows = await this.deps.db.manager.query(
      `SELECT i.id AS item_id, i.sku AS sku, i.par_level AS par, SUM(l.on_hand) AS on_hand, SUM(l.on_hand) * i.average_cost AS value,
              (SELECT MAX(e.created_at) FROM stock_ledger_entries e
                WHERE e.item_id = i.id AND e.kind IN ('CONSUMPTION', 'ISSUE', 'TRANSFER_OUT')) AS last_out
         FROM items i JOIN stock_levels l ON l.item_id = i.id
        WHERE i.property_id = ${this.p(1)}
        GROUP BY i.id, i.sku, i.par_level, i.average_cost
       HAVING SUM(l.on_hand) > 0`,
      [propertyId],
    );
    return (rows as { item_id: string; sku: string; par: string; on_hand: string; value: string; last_out: string | null }[])
      .map((r) => ({
        itemId: r.item_id,
        sku: r.sku,
        onHand: num(r.on_hand),
        valueMinor: Math.round(num(r.value)),
        lastMovedOut: r.last_out,
        slow: !r.last_out || r.last_out < since,
        overstock: num(r.par) > 0 && num(r.on_hand) > 2 * num(r.par),
      }))
      .filter((r) => r.slow || r.overstock)
      .sort((a, b) => b.valueMinor - a.valueMinor || a.sku.localeCompare(b.sku));
  }

  /** Consumption value by department and outlet over business dates [from, to]. */
  async consumptionByDepartment(propertyId: string, from: string, to: string, caller: Caller) {
    caller.assertProperty(propertyId);
    const rows = await this.deps.db.manager
      .createQueryBuilder(ConsumptionEntity, 'c')
      .select('c.department', 'department')
      .addSelect('c.outletId', 'outletId')
      .addSelect('SUM(c.value_minor)', 'value')
      .where('c.propertyId = :propertyId AND c.businessDate >= :from AND c.businessDate <= :to', { propertyId, from, to })
      .groupBy('c.department')
      .addGroupBy('c.outletId')
      .orderBy('c.department')
      .getRawMany<{ department: string | null; outletId: string | null; value: string }>();
    return rows.map((r) => ({ department: r.department ?? 'OTHER', outletId: r.outletId, valueMinor: num(r.value) }));
  }

  private p(n: number) {
    return this.deps.db.isPostgres ? `$${n}` : '?';
  }
}
