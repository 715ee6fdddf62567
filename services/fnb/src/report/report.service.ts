import type { EntityManager } from 'typeorm';
import { independentReads, type Caller, type Database, type ServiceDeps } from '@hotelops/kernel';
import type { OutletEntity } from '../outlet/outlet.entity';
import type { OutletService } from '../outlet/outlet.service';

export interface DailyFigures {
  covers: number;
  checks: number;
  orders: number;
  grossRevenueMinor: number;
  discountsMinor: number;
  netRevenueMinor: number;
  tipsMinor: number;
  averageCheckMinor: number;
  averagePerCoverMinor: number;
  byCategory: { category: string; quantity: number; revenueMinor: number }[];
  byPeriod: { periodId: string | null; name: string; orders: number; covers: number; revenueMinor: number }[];
  adjustments: { kind: string; count: number; amountMinor: number }[];
  paymentMix: { method: string; kind: string; count: number; amountMinor: number }[];
}

/** Runs SQL written with $1, $2 … (PostgreSQL) on either engine, parameters in order of appearance. */
function query<T>(em: EntityManager, db: Database, sql: string, params: unknown[]): Promise<T[]> {
  return em.query(db.isPostgres ? sql : sql.replace(/\$\d+/g, '?'), params);
}

const n = (v: unknown) => Number(v ?? 0);

/** One outlet-day ($1 outlet, $2 business date); each reads one table by its (outlet, date) index, lines joined to their order. */
const DAILY = {
  orders: `SELECT COUNT(*) AS orders, COALESCE(SUM(covers), 0) AS covers FROM orders WHERE outlet_id = $1 AND business_date = $2 AND status = 'SETTLED'`,
  bills: `SELECT COUNT(*) AS checks, COALESCE(SUM(subtotal_minor), 0) AS gross, COALESCE(SUM(discount_minor), 0) AS discounts, COALESCE(SUM(tip_minor), 0) AS tips
    FROM bills WHERE outlet_id = $1 AND business_date = $2 AND status = 'SETTLED'`,
  categories: `SELECT l.category AS category, SUM(l.quantity) AS quantity, SUM(l.unit_price_minor * l.quantity) AS revenue
    FROM order_lines l JOIN orders o ON o.id = l.order_id AND o.outlet_id = l.outlet_id AND o.business_date = l.business_date
    WHERE l.outlet_id = $1 AND l.business_date = $2 AND l.status = 'ACTIVE' AND o.status = 'SETTLED'
    GROUP BY l.category ORDER BY l.category`,
  periods: `SELECT o.period_id AS period_id, MAX(sp.name) AS name, COUNT(*) AS orders, SUM(o.covers) AS covers, SUM(o.total_minor) AS revenue
    FROM orders o LEFT JOIN service_periods sp ON sp.id = o.period_id
    WHERE o.outlet_id = $1 AND o.business_date = $2 AND o.status = 'SETTLED'
    GROUP BY o.period_id ORDER BY MIN(sp.starts_at)`,
  adjustments: `SELECT kind, COUNT(*) AS count, SUM(amount_minor) AS amount FROM adjustments
    WHERE outlet_id = $1 AND business_date = $2 AND status = 'APPROVED' GROUP BY kind ORDER BY kind`,
  payments: `SELECT method, kind, COUNT(*) AS count, SUM(amount_minor) AS amount FROM payments
    WHERE outlet_id = $1 AND business_date = $2 AND posting_status <> 'REJECTED' GROUP BY method, kind ORDER BY kind, method`,
};

/**
 * The daily business report (营业报告) of an outlet and business date, computed in SQL from the
 * day's settled orders, bills, adjustments and payments (each read by its (outlet, date) index).
 */
export class ReportService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  async daily(outletId: string, businessDate: string, caller: Caller) {
    const outlet = await this.outlets.get(outletId, caller);
    return { outlet, businessDate, ...(await this.figures(this.deps.db.manager, outlet, businessDate)) };
  }

  async figures(em: EntityManager, outlet: OutletEntity, date: string): Promise<DailyFigures> {
    const run = <T>(sql: string) => query<T>(em, this.deps.db, sql, [outlet.id, date]);
    // side by side for the report; one after another inside the day close's transaction
    const [orders, bills, categories, periods, adjustments, payments] = await independentReads(
      em,
      () => run<{ orders: string; covers: string }>(DAILY.orders),
      () => run<{ checks: string; gross: string; discounts: string; tips: string }>(DAILY.bills),
      () => run<{ category: string; quantity: string; revenue: string }>(DAILY.categories),
      () => run<{ period_id: string | null; name: string | null; orders: string; covers: string; revenue: string }>(DAILY.periods),
      () => run<{ kind: string; count: string; amount: string }>(DAILY.adjustments),
      () => run<{ method: string; kind: string; count: string; amount: string }>(DAILY.payments),
    );
    const checks = n(bills[0]?.checks);
    const covers = n(orders[0]?.covers);
    const net = n(bills[0]?.gross) - n(bills[0]?.discounts);
    return {
      covers,
      checks,
      orders: n(orders[0]?.orders),
      grossRevenueMinor: n(bills[0]?.gross),
      discountsMinor: n(bills[0]?.discounts),
      netRevenueMinor: net,
      tipsMinor: n(bills[0]?.tips),
      averageCheckMinor: checks ? Math.round(net / checks) : 0,
      averagePerCoverMinor: covers ? Math.round(net / covers) : 0,
      byCategory: categories.map((c) => ({ category: c.category, quantity: n(c.quantity), revenueMinor: n(c.revenue) })),
      byPeriod: periods.map((r) => ({
        periodId: r.period_id,
        name: r.name ?? 'Before service periods',
        orders: n(r.orders),
        covers: n(r.covers),
        revenueMinor: n(r.revenue),
      })),
      adjustments: adjustments.map((a) => ({ kind: a.kind, count: n(a.count), amountMinor: n(a.amount) })),
      paymentMix: payments.map((m) => ({ method: m.method, kind: m.kind, count: n(m.count), amountMinor: n(m.amount) })),
    };
  }

  /** Per-server figures of the day (covers, checks, voids, comps) for staffing's KPIs. */
  async byServer(em: EntityManager, outletId: string, date: string) {
    const db = this.deps.db;
    const served = await query<{ id: string; covers: string; checks: string }>(
      em,
      db,
      `SELECT server_id AS id, SUM(covers) AS covers, COUNT(*) AS checks FROM orders
       WHERE outlet_id = $1 AND business_date = $2 AND status = 'SETTLED' AND server_id IS NOT NULL GROUP BY server_id`,
      [outletId, date],
    );
    const adjusted = await query<{ id: string; kind: string; count: string }>(
      em,
      db,
      `SELECT o.server_id AS id, a.kind AS kind, COUNT(*) AS count FROM adjustments a JOIN orders o ON o.id = a.order_id
       WHERE a.outlet_id = $1 AND a.business_date = $2 AND a.status = 'APPROVED' AND o.server_id IS NOT NULL GROUP BY o.server_id, a.kind`,
      [outletId, date],
    );
    const ids = [...new Set([...served.map((s) => s.id), ...adjusted.map((a) => a.id)])];
    const count = (id: string, kind: string) => n(adjusted.find((a) => a.id === id && a.kind === kind)?.count);
    return ids.map((id) => {
      const s = served.find((x) => x.id === id);
      return { employeeId: id, covers: n(s?.covers), checks: n(s?.checks), voids: count(id, 'VOID'), comps: count(id, 'COMP') };
    });
  }
}
