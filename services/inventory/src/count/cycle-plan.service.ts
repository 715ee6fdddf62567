import type { Caller, ServiceDeps } from '@hotelops/kernel';
import { localDate } from '@hotelops/kernel/rules';
import type { PropertyDayService } from '../property-day/property-day.service';
import { abcClasses, dueBins, type AbcClass, type DueBin } from './cycle-plan.rules';

/** Which bins a rolling cycle count should take today, from a year's usage value and the last posted counts. */
export class CyclePlanService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly propertyDays: PropertyDayService,
  ) {}

  async plan(propertyId: string, caller: Caller, limit = 20): Promise<DueBin[]> {
    caller.assertProperty(propertyId);
    const m = this.deps.db.manager;
    const p = (n: number) => (this.deps.db.isPostgres ? `$${n}` : '?');
    const now = this.deps.clock.now();
    const since = new Date(now.getTime() - 365 * 86_400_000).toISOString();
    const usage: { item_id: string; v: string | number }[] = await m.query(
      `SELECT item_id, SUM(value_minor) AS v FROM stock_ledger_entries
        WHERE property_id = ${p(1)} AND kind IN ('CONSUMPTION', 'ISSUE') AND created_at >= ${p(2)} GROUP BY item_id`,
      [propertyId, since],
    );
    const classes = abcClasses(usage.map((u) => ({ itemId: u.item_id, value: Number(u.v) })));
    const levels: { location_id: string; item_id: string }[] = await m.query(
      `SELECT l.location_id, l.item_id FROM stock_levels l JOIN locations loc ON loc.id = l.location_id
        WHERE l.property_id = ${p(1)} AND l.on_hand > 0 AND loc.frozen_by_count_id IS NULL`,
      [propertyId],
    );
    const last: { location_id: string; at: Date | string }[] = await m.query(
      `SELECT cl.location_id, MAX(c.updated_at) AS at FROM count_lines cl JOIN counts c ON c.id = cl.count_id
        WHERE c.property_id = ${p(1)} AND c.status = 'POSTED' GROUP BY cl.location_id`,
      [propertyId],
    );
    // the day of the last count and today are the hotel's (its zone), not UTC's
    const zone = await this.propertyDays.zoneOf(propertyId);
    const lastOn = new Map(last.map((l) => [l.location_id, localDate(new Date(l.at), zone)]));
    const bins = new Map<string, AbcClass[]>();
    for (const l of levels) bins.set(l.location_id, [...(bins.get(l.location_id) ?? []), classes.get(l.item_id) ?? 'C']);
    const facts = [...bins].map(([locationId, cls]) => ({ locationId, classes: cls, lastCountedOn: lastOn.get(locationId) ?? null }));
    return dueBins(facts, localDate(now, zone)).slice(0, limit);
  }
}
