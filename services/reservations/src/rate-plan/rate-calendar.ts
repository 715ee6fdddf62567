import type { EntityManager } from 'typeorm';
import { RatesChanged } from '@hotelops/contracts';
import { EntityCache, invalidateOn, type CacheInvalidation, type Database } from '@hotelops/kernel';
import { addDays } from '../calendar/calendar.rules';
import type { DayRate } from './rate-plan.rules';

/** Rates by plan and room type (rateKey), then by night. */
export type RatesByKey = Map<string, Map<string, DayRate>>;

export const rateKey = (planId: string, typeId: string) => `${planId}:${typeId}`;

/**
 * The rates of the plans × types for the nights [from, through] — a stay's nights and its
 * departure date (closed-to-departure) — as raw rows with the SQL written out: a 14-night search
 * over 20 types and 2 plans reads 600 of them.
 */
export async function readRates(
  db: Database,
  em: EntityManager,
  planIds: readonly string[],
  typeIds: readonly string[],
  from: string,
  through: string,
): Promise<RatesByKey> {
  const byKey: RatesByKey = new Map();
  if (!planIds.length || !typeIds.length) return byKey;
  const rows = await db.select<Record<keyof DayRate | 'ratePlanId' | 'roomTypeId', unknown>>(
    `SELECT rate_plan_id AS "ratePlanId", room_type_id AS "roomTypeId", CAST(stay_date AS VARCHAR(10)) AS "stayDate",
            price_minor AS "priceMinor", min_los AS "minLos", max_los AS "maxLos",
            closed_to_arrival AS "closedToArrival", closed_to_departure AS "closedToDeparture"
       FROM rate_plan_rates
      WHERE rate_plan_id IN (:...planIds) AND room_type_id IN (:...typeIds) AND stay_date >= :from AND stay_date <= :through`,
    { planIds: [...planIds], typeIds: [...typeIds], from, through },
    em,
  );
  const flag = (v: unknown) => v === true || v === 1 || v === '1';
  const count = (v: unknown) => (v === null || v === undefined ? null : Number(v));
  for (const r of rows) {
    const key = rateKey(String(r.ratePlanId), String(r.roomTypeId));
    let days = byKey.get(key);
    if (!days) byKey.set(key, (days = new Map()));
    const stayDate = String(r.stayDate);
    days.set(stayDate, {
      stayDate,
      priceMinor: Number(r.priceMinor),
      minLos: count(r.minLos),
      maxLos: count(r.maxLos),
      closedToArrival: flag(r.closedToArrival),
      closedToDeparture: flag(r.closedToDeparture),
    });
  }
  return byKey;
}

/** One calendar month of one plan's rates for one room type; `days` is empty when none are set. */
interface RateMonth {
  key: string;
  days: Map<string, DayRate>;
}

const monthKey = (planId: string, typeId: string, month: string) => `${rateKey(planId, typeId)}:${month}`;

const nextMonth = (month: string) => addDays(`${month}-28`, 4).slice(0, 7);
const lastDayOf = (month: string) => addDays(`${nextMonth(month)}-01`, -1);

/** The months ('YYYY-MM') that [from, through] touches. */
function monthsOf(from: string, through: string): string[] {
  const months: string[] = [];
  for (let m = from.slice(0, 7); m <= through.slice(0, 7); m = nextMonth(m)) months.push(m);
  return months;
}

/**
 * Rates for the availability search, kept in memory by plan, room type and month and dropped
 * when the plan's RatesChanged event arrives (every replica hears it — see CacheInvalidator), so
 * a search reads no rate row it has read before. Only the search reads here: a booking prices
 * from the database (readRates), in its own transaction, so what a guest is charged is never a
 * cached figure.
 */
export class RateCalendar {
  // 5,000 months of about 30 nights: two years of 20 types × 2 plans at five hotels, some 20 MB
  readonly cache = new EntityCache<RateMonth>('rate-months', (m) => m.key, 5_000);

  constructor(private readonly db: Database) {}

  /** Drops the months a RatesChanged event wrote (any replica's write). */
  invalidation(): CacheInvalidation {
    return invalidateOn(this.cache, RatesChanged, (e) => this.monthKeys(e.ratePlanId, e.roomTypeId, e.from, e.to));
  }

  /** Drops the months of [from, to) at once: the writing replica reads its own write without waiting for the event. */
  written(planId: string, typeId: string, from: string, to: string): void {
    for (const key of this.monthKeys(planId, typeId, from, to)) this.cache.invalidate(key);
  }

  private monthKeys(planId: string, typeId: string, from: string, to: string): string[] {
    return monthsOf(from, addDays(to, -1)).map((m) => monthKey(planId, typeId, m));
  }

  /** As readRates, from memory where the months are cached. */
  async ratesFor(planIds: readonly string[], typeIds: readonly string[], from: string, through: string): Promise<RatesByKey> {
    const byKey: RatesByKey = new Map();
    if (!planIds.length || !typeIds.length) return byKey;
    const months = monthsOf(from, through);
    const keys = planIds.flatMap((p) => typeIds.flatMap((t) => months.map((m) => monthKey(p, t, m))));
    const cached = await this.cache.byIds(keys, (missing) => this.load(missing));
    for (const month of cached) {
      const key = month.key.slice(0, month.key.lastIndexOf(':'));
      let days = byKey.get(key);
      for (const [date, rate] of month.days) {
        if (date < from || date > through) continue;
        if (!days) byKey.set(key, (days = new Map()));
        days.set(date, rate);
      }
    }
    return byKey;
  }

  /** The missing months, whole, in one read; a month without rates is cached as such. */
  private async load(keys: string[]): Promise<RateMonth[]> {
    const parts = keys.map((k) => k.split(':'));
    const months = parts.map(([, , m]) => m).sort();
    const rates = await readRates(
      this.db,
      this.db.manager,
      [...new Set(parts.map(([p]) => p))],
      [...new Set(parts.map(([, t]) => t))],
      `${months[0]}-01`,
      lastDayOf(months[months.length - 1]),
    );
    return parts.map(([planId, typeId, month]) => {
      const days = new Map<string, DayRate>();
      for (const [date, rate] of rates.get(rateKey(planId, typeId)) ?? []) if (date.startsWith(month)) days.set(date, rate);
      return { key: monthKey(planId, typeId, month), days };
    });
  }
}
