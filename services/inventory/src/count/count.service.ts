import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { CountApproved } from '@hotelops/contracts';
import {
  DomainError,
  lockForChange,
  notFound,
  transitionWithin,
  type Caller,
  type EventMeta,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { nextDocumentNumber } from '../numbering/document-number';
import type { CurrencyService } from '../currency/currency.service';
import type { LedgerPoster } from '../stock/ledger-poster';
import { CountEntity, CountLineEntity } from './count.entity';
import { COUNT_MACHINE, needsRecount, variance, varianceValue, type CountAction, type CountKind, type CountStatus } from './count.rules';

export const COUNT: StatefulKind<CountEntity, CountStatus, CountAction> = {
  entity: CountEntity,
  notFound: 'COUNT.NOT_FOUND',
  noun: 'Count',
  machine: COUNT_MACHINE,
  invalidTransition: 'COUNT.INVALID_TRANSITION',
};

export interface OpenCount {
  propertyId: string;
  kind: CountKind;
  /** the bins to count; a full stocktake without them counts every location of the property */
  locationIds?: string[];
  blind: boolean;
  recountThresholdPercent: number;
}

export interface CountedLine {
  locationId: string;
  itemId: string;
  counted: number;
  explanation?: string | null;
}

/**
 * Counts freeze only their bins: opening one marks each bin frozen (under the bin's row lock, so
 * movements in flight finish first and later ones are refused with STOCK.BIN_FROZEN) and
 * snapshots the books of those bins. Approval posts each variance as a COUNT_VARIANCE movement
 * and thaws the bins, in one transaction.
 */
export class CountService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
    private readonly currencies: CurrencyService,
  ) {}

  open(input: OpenCount, caller: Caller): Promise<CountEntity> {
    caller.assertProperty(input.propertyId);
    if (input.kind === 'CYCLE' && !input.locationIds?.length) {
      throw new DomainError('INPUT.INVALID', 'A cycle count names the bins it counts (locationIds)', { field: 'locationIds' });
    }
    return this.deps.db.transaction(async (em) => {
      const ids = input.locationIds?.length
        ? [...new Set(input.locationIds)]
        : (await em.find(LocationEntity, { where: { propertyId: input.propertyId }, select: { id: true } })).map((l) => l.id);
      if (!ids.length) throw new DomainError('INPUT.INVALID', 'A count needs at least one location', { field: 'locationIds' });
      const found = await em.findBy(LocationEntity, { id: In(ids), propertyId: input.propertyId });
      if (found.length !== ids.length) {
        const missing = ids.find((id) => !found.some((l) => l.id === id))!;
        throw notFound('LOCATION.NOT_FOUND', 'Location', missing);
      }
      const id = randomUUID();
      const now = this.deps.clock.now();
      const number = await nextDocumentNumber(em, input.propertyId, input.kind === 'FULL' ? 'ST' : 'CC');
      await em.insert(CountEntity, {
        id,
        propertyId: input.propertyId,
        number,
        kind: input.kind,
        status: 'OPEN',
        blind: input.blind,
        recountThresholdPercent: input.recountThresholdPercent,
        varianceValueMinor: null,
        openedBy: caller.employeeId ?? null,
        approvedBy: null,
        openedAt: now,
        updatedAt: now,
      });
      for (const chunk of chunks(ids, 500)) {
        const frozen = await em
          .createQueryBuilder()
          .update(LocationEntity)
          .set({ frozenByCountId: id })
          .where('id IN (:...chunk) AND frozen_by_count_id IS NULL', { chunk })
          .execute();
        if ((frozen.affected ?? chunk.length) !== chunk.length) {
          const taken = (await em.findBy(LocationEntity, { id: In(chunk) })).find((l) => l.frozenByCountId && l.frozenByCountId !== id);
          throw new DomainError('COUNT.BIN_ALREADY_COUNTING', `${taken?.code ?? 'A bin'} is already being counted`, {
            locationId: taken?.id,
            countId: taken?.frozenByCountId,
          });
        }
        // The books of the frozen bins, valued at today's moving average: one INSERT … SELECT.
        const p = (n: number) => (this.deps.db.isPostgres ? `$${n}` : '?');
        await em.query(
          `INSERT INTO count_lines (count_id, location_id, item_id, expected, counted, unit_cost, recounts, counted_by, explanation)
           SELECT ${p(1)}, l.location_id, l.item_id, l.on_hand, NULL, i.average_cost, 0, NULL, NULL
           FROM stock_levels l JOIN items i ON i.id = l.item_id
           WHERE l.location_id IN (${chunk.map((_, n) => p(n + 2)).join(', ')}) AND l.on_hand > 0`,
          [id, ...chunk],
        );
      }
      return (await em.findOneBy(CountEntity, { id }))!;
    });
  }

  /** Counted quantities (a count sheet's lines); an item found where the books had none joins the count. */
  record(countId: string, lines: CountedLine[], caller: Caller): Promise<CountEntity> {
    return this.deps.db.transaction(async (em) => {
      const count = await lockForChange(em, this.deps.db, COUNT, countId, caller);
      if (count.status !== 'OPEN' && count.status !== 'RECOUNT') {
        throw new DomainError('COUNT.INVALID_TRANSITION', `Count ${count.number} is ${count.status}: counting has ended`, {
          status: count.status,
          allowedFrom: ['OPEN', 'RECOUNT'],
        });
      }
      const bins = new Set(
        (await em.findBy(LocationEntity, { id: In([...new Set(lines.map((l) => l.locationId))]), frozenByCountId: countId })).map(
          (l) => l.id,
        ),
      );
      const known = new Map(
        (await em.findBy(CountLineEntity, { countId, itemId: In([...new Set(lines.map((l) => l.itemId))]) })).map((x) => [
          `${x.locationId}:${x.itemId}`,
          x,
        ]),
      );
      const fresh: CountedLine[] = [];
      const seen: CountedLine[] = [];
      for (const l of lines) {
        if (!bins.has(l.locationId)) throw notFound('COUNT.LINE_NOT_FOUND', `Bin of count ${count.number}`, l.locationId);
        (known.has(`${l.locationId}:${l.itemId}`) ? seen : fresh).push(l);
      }
      for (const chunk of chunks(seen, 200)) await this.updateCounted(em, count, chunk, caller);
      for (const l of fresh) {
        const item = await em.findOneBy(ItemEntity, { id: l.itemId, propertyId: count.propertyId });
        if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', l.itemId);
        await em.insert(CountLineEntity, {
          countId,
          locationId: l.locationId,
          itemId: l.itemId,
          expected: 0,
          counted: l.counted,
          unitCost: item.averageCost,
          recounts: 0,
          countedBy: caller.employeeId ?? null,
          explanation: l.explanation ?? null,
        });
      }
      count.updatedAt = this.deps.clock.now();
      return em.save(CountEntity, count);
    });
  }

  /**
   * Ends counting: lines over the recount threshold (not yet recounted) send the count to
   * RECOUNT; otherwise it is COUNTED and waits for approval. Every line must have been counted.
   */
  submit(countId: string, caller: Caller): Promise<CountEntity> {
    return this.deps.db.transaction(async (em) => {
      const count = await lockForChange(em, this.deps.db, COUNT, countId, caller);
      const lines = await em.findBy(CountLineEntity, { countId });
      const uncounted = lines.filter((l) => l.counted == null).length;
      if (uncounted)
        throw new DomainError('COUNT.NOT_FULLY_COUNTED', `Count ${count.number}: ${uncounted} line(s) not counted yet`, { uncounted });
      const recount = count.status === 'OPEN' && lines.some((l) => needsRecount(l, count.recountThresholdPercent));
      return transitionWithin(em, this.deps, COUNT, countId, recount ? 'requestRecount' : 'complete', caller);
    });
  }

  /** Posts every variance as a COUNT_VARIANCE movement, thaws the bins and announces bin accuracy per counter. */
  approve(countId: string, caller: Caller, meta: EventMeta): Promise<CountEntity> {
    return this.deps.db.transaction(async (em) => {
      // Only the lines that differ are loaded (a stocktake's other 50,000 need nothing).
      const varied = await em
        .createQueryBuilder(CountLineEntity, 'l')
        .where('l.countId = :countId AND l.counted IS NOT NULL AND l.counted <> l.expected', { countId })
        .getMany();
      const counters = await this.countersOf(em, countId);
      return transitionWithin(em, this.deps, COUNT, countId, 'approve', caller, async (em2, count, change) => {
        const total = varied.reduce((sum, l) => sum + varianceValue(l), 0);
        // One set-based posting of every variance: a stocktake's thousands of lines in a few statements.
        await this.poster.postMany(
          em2,
          varied.map((l) => ({
            kind: 'COUNT_VARIANCE' as const,
            direction: variance(l) > 0 ? ('IN' as const) : ('OUT' as const),
            itemId: l.itemId,
            locationId: l.locationId,
            quantity: Math.abs(variance(l)),
            documentId: countId,
            countId,
            reference: `${count.number}`,
            reason: l.explanation ? l.explanation.slice(0, 40) : null,
          })),
          caller,
          meta,
        );
        await this.thaw(em2, countId);
        count.varianceValueMinor = total;
        count.approvedBy = caller.employeeId ?? null;
        await this.deps.outbox.add(
          em2,
          CountApproved,
          {
            countId,
            propertyId: count.propertyId,
            kind: count.kind,
            counters,
            varianceValue: { amountMinor: total, currency: await this.currencies.of(em2, count.propertyId) },
            approvedBy: caller.employeeId ?? '00000000-0000-0000-0000-000000000000',
            approvedAt: change.at.toISOString(),
          },
          { subject: countId, propertyId: count.propertyId },
          meta,
        );
      });
    });
  }

  cancel(countId: string, caller: Caller): Promise<CountEntity> {
    return this.deps.db.transaction((em) =>
      transitionWithin(em, this.deps, COUNT, countId, 'cancel', caller, (em2) => this.thaw(em2, countId)),
    );
  }

  async get(id: string, caller: Caller) {
    const count = await this.deps.db.manager.findOneBy(CountEntity, { id });
    if (!count) throw notFound('COUNT.NOT_FOUND', 'Count', id);
    caller.assertProperty(count.propertyId);
    return count;
  }

  list(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(CountEntity, { where: { propertyId }, order: { openedAt: 'DESC' }, take: 100 });
  }

  lines(countId: string, locationId?: string) {
    return this.deps.db.manager.find(CountLineEntity, {
      where: { countId, ...(locationId ? { locationId } : {}) },
      order: { locationId: 'ASC', itemId: 'ASC' },
      take: 1000,
    });
  }

  /**
   * Bins counted and accurate, and the variance's value: one aggregate over the count's lines
   * grouped by bin, so a full stocktake of a whole store is summed in the database.
   */
  async summary(countId: string) {
    const p = (n: number) => (this.deps.db.isPostgres ? `$${n}` : '?');
    const rows: { lines: string | number; counted: string | number; wrong: string | number; value: string | number | null }[] =
      await this.deps.db.manager.query(
        `SELECT COUNT(*) AS lines,
                SUM(CASE WHEN counted IS NOT NULL THEN 1 ELSE 0 END) AS counted,
                SUM(CASE WHEN counted IS NOT NULL AND counted <> expected THEN 1 ELSE 0 END) AS wrong,
                SUM(CASE WHEN counted IS NOT NULL THEN ROUND((counted - expected) * unit_cost) ELSE 0 END) AS value
           FROM count_lines WHERE count_id = ${p(1)} GROUP BY location_id`,
        [countId],
      );
    const bins = rows.filter((r) => Number(r.counted) > 0);
    const binsAccurate = bins.filter((r) => Number(r.wrong) === 0).length;
    return {
      lines: rows.reduce((sum, r) => sum + Number(r.lines), 0),
      binsCounted: bins.length,
      binsAccurate,
      accuracy: bins.length ? binsAccurate / bins.length : 1,
      varianceValueMinor: rows.reduce((sum, r) => sum + Number(r.value ?? 0), 0),
    };
  }

  /**
   * One UPDATE … FROM (VALUES …) per sheet chunk (SQLite ≥ 3.33 and PostgreSQL alike): a counted
   * line again during a recount counts as its recount.
   */
  private async updateCounted(em: EntityManager, count: CountEntity, lines: CountedLine[], caller: Caller) {
    const pg = this.deps.db.isPostgres;
    let n = 0;
    const p = () => (pg ? `$${++n}` : '?');
    // placeholders in the order they appear in the statement (SQLite's are positional)
    const by = p();
    const params: unknown[] = [caller.employeeId ?? null];
    const values = lines
      .map((l) => {
        params.push(l.locationId, l.itemId, l.counted, l.explanation ?? null);
        return `(${p()}, ${p()}, ${p()}, ${p()})`;
      })
      .join(', ');
    const recount = count.status === 'RECOUNT' ? 1 : 0;
    params.push(count.id);
    await em.query(
      `UPDATE count_lines SET
         recounts = recounts + CASE WHEN counted IS NOT NULL THEN ${recount} ELSE 0 END,
         counted = CAST(v.column3 AS numeric),
         explanation = COALESCE(v.column4, count_lines.explanation),
         counted_by = ${by}
       FROM (VALUES ${values}) AS v
       WHERE count_lines.count_id = ${p()} AND count_lines.location_id = v.column1 AND count_lines.item_id = v.column2`,
      params,
    );
  }

  /** Bins counted and found accurate per counter (the last one to count a line counts for it), summed in SQL. */
  private async countersOf(em: EntityManager, countId: string) {
    const rows: { counted_by: string; bins: string | number; accurate: string | number }[] = await em.query(
      `SELECT counted_by, COUNT(*) AS bins, SUM(1 - wrong) AS accurate FROM (
         SELECT counted_by, location_id, MAX(CASE WHEN counted <> expected THEN 1 ELSE 0 END) AS wrong
           FROM count_lines WHERE count_id = ${this.deps.db.isPostgres ? '$1' : '?'} AND counted IS NOT NULL AND counted_by IS NOT NULL
          GROUP BY counted_by, location_id) AS b
        GROUP BY counted_by ORDER BY counted_by`,
      [countId],
    );
    return rows.map((r) => ({ employeeId: r.counted_by, binsCounted: Number(r.bins), binsAccurate: Number(r.accurate) }));
  }

  private async thaw(em: EntityManager, countId: string) {
    await em
      .createQueryBuilder()
      .update(LocationEntity)
      .set({ frozenByCountId: null })
      .where('frozen_by_count_id = :countId', { countId })
      .execute();
  }
}

const chunks = <T>(xs: T[], n: number) => Array.from({ length: Math.ceil(xs.length / n) }, (_, i) => xs.slice(i * n, i * n + n));
