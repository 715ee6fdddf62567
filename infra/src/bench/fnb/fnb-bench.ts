import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { fnbSubgraph, lastInstantWithin, type FnbServices } from '@hotelops/fnb';
import { Caller, SYSTEM, type Clock, type Database } from '@hotelops/kernel';
import { databaseSize, percentile, rowCount, runBench, timed, withBenchDatabase } from '../bench-kit';

/*
 * F&B at scale on PostgreSQL: one restaurant selling ORDERS_PER_DAY orders a day for DAYS days
 * (three lines each, a bill and a payment each, a comp and a discount now and then), bulk-loaded
 * in SQL; then the daily business report (营业报告) of one outlet-day, p50/p95 over random days,
 * and one day's settlement throughput through the real settle path (lock, tenders, payments,
 * order settled, depletion event).
 *
 *   npm run bench:fnb        (BENCH_ORDERS_PER_DAY, BENCH_DAYS, BENCH_SETTLES override the sizes)
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) creates and drops a throwaway database.
 */

const PER_DAY = Number(process.env.BENCH_ORDERS_PER_DAY ?? 10_000);
const DAYS = Number(process.env.BENCH_DAYS ?? 90);
const SETTLES = Number(process.env.BENCH_SETTLES ?? 1_000);
const REPORT_RUNS = 60;
const system = new Caller(SYSTEM);

const TIME_ZONE = 'Asia/Shanghai';
const DINNER = { startsAt: '17:00', endsAt: '22:00' };

/** Real time moved back to the latest moment within dinner: a service opens only within its hours, whenever the bench runs. */
function dinnerClock(): Clock {
  const lag = Date.now() - lastInstantWithin([DINNER], new Date(), TIME_ZONE)!.getTime();
  return { now: () => new Date(Date.now() - lag) };
}

const isoDay = (offset: number) => new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);

/** An outlet with a service open today, a till and a small menu, through the services. */
async function setUp(s: FnbServices, propertyId: string) {
  const outlet = await s.outlets.create(
    { propertyId, name: 'Bench Restaurant', kind: 'RESTAURANT', currency: 'CNY', timeZone: TIME_ZONE },
    system,
  );
  const periods = [];
  for (const [name, a, b] of [
    ['Lunch', '11:00', '14:30'],
    ['Dinner', DINNER.startsAt, DINNER.endsAt],
  ])
    periods.push(await s.outlets.addPeriod({ outletId: outlet.id, name, startsAt: a, endsAt: b }, system));
  const items = ['STARTER:COLD:Cold Dishes', 'MAIN:HOT:Mains', 'MAIN:HOT:Staples', 'DRINK:BAR:Drinks', 'DESSERT:PASTRY:Desserts'].flatMap(
    (spec, i) =>
      Array.from({ length: 8 }, (_, j) => ({ spec: spec.split(':'), name: `Dish ${i}-${j}`, price: 1800 + 700 * ((i * 8 + j) % 23) })),
  );
  for (const it of items) {
    const [course, station, category] = it.spec as ['MAIN', 'HOT', string];
    await s.menuItems.create(
      { outletId: outlet.id, name: it.name, category, priceMinor: it.price, specialty: false, available: true, course, station },
      system,
    );
  }
  const items2 = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'] as const;
  await s.services.recordChecklist(
    {
      outletId: outlet.id,
      periodId: periods[1].id,
      kind: 'PRE_OPENING',
      items: items2.map((area) => ({ area, label: area, passed: true })),
    },
    system,
  );
  const service = await s.services.open(outlet.id, periods[1].id, system);
  await s.tills.open(outlet.id, 100_000, system);
  return { outlet, periods, service };
}

/** DAYS × PER_DAY settled orders in set-based SQL: orders, three lines each, bills, payments, some comps and discounts. */
async function bulkLoad(db: Database, p: { propertyId: string; outletId: string; lunch: string; dinner: string; serviceId: string }) {
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  await q(
    `CREATE TEMP TABLE bench_menu AS SELECT row_number() OVER (ORDER BY id) AS n, id, name, category, course, station, price_minor FROM menu_items WHERE outlet_id = $1`,
    [p.outletId],
  );
  for (let d = 0; d < DAYS; d++) {
    const day = isoDay(d);
    await q(
      `INSERT INTO orders (id, property_id, outlet_id, kind, table_number, covers, server_id, service_id, period_id, business_date, status, currency, total_minor, created_at, updated_at, settled_at)
       SELECT gen_random_uuid(), $1, $2, 'DINE_IN', g::text, 1 + (g % 4), NULL, $3, CASE WHEN g % 2 = 0 THEN $4 ELSE $5 END, $6::date, 'SETTLED', 'CNY',
              (SELECT SUM(CASE WHEN (g * 3 + k) % 60 = 0 THEN 0 ELSE m.price_minor * (1 + (g + k) % 2) END) FROM generate_series(1, 3) k JOIN bench_menu m ON m.n = 1 + (g * 3 + k * 7) % 40),
              to_char($6::date + make_interval(secs => 36000 + g * 3), 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'), to_char($6::date + make_interval(secs => 36000 + g * 3), 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"'),
              to_char($6::date + make_interval(secs => 39600 + g * 3), 'YYYY-MM-DD"T"HH24:MI:SS.000"Z"')
       FROM generate_series(1, $7::int) g`,
      [p.propertyId, p.outletId, p.serviceId, p.lunch, p.dinner, day, PER_DAY],
    );
    await q(
      `INSERT INTO order_lines (id, order_id, outlet_id, business_date, position, menu_item_id, name, category, course, station, seat, modifiers, unit_price_minor, quantity, status, fired_at)
       SELECT gen_random_uuid(), o.id, o.outlet_id, o.business_date, k, m.id, m.name, m.category, m.course, m.station, k, '[]', m.price_minor, 1 + (o.table_number::int + k) % 2,
              CASE WHEN (o.table_number::int * 3 + k) % 60 = 0 THEN 'COMPED' ELSE 'ACTIVE' END, o.created_at
       FROM orders o CROSS JOIN generate_series(1, 3) k JOIN bench_menu m ON m.n = 1 + (o.table_number::int * 3 + k * 7) % 40
       WHERE o.outlet_id = $1 AND o.business_date = $2::date`,
      [p.outletId, day],
    );
    await q(
      `INSERT INTO bills (id, property_id, outlet_id, order_id, business_date, status, currency, subtotal_minor, discount_minor, tip_minor, open_balance_minor, settled_at, created_at, updated_at)
       SELECT gen_random_uuid(), property_id, outlet_id, id, business_date, 'SETTLED', 'CNY', total_minor, CASE WHEN abs(hashtext(id)) % 20 = 0 THEN total_minor / 10 ELSE 0 END,
              CASE WHEN abs(hashtext(id)) % 7 = 0 THEN 1000 ELSE 0 END, 0, settled_at, created_at, settled_at
       FROM orders WHERE outlet_id = $1 AND business_date = $2::date`,
      [p.outletId, day],
    );
    await q(
      `INSERT INTO payments (id, property_id, outlet_id, bill_id, till_id, business_date, kind, method, amount_minor, posting_status, created_at)
       SELECT gen_random_uuid(), property_id, outlet_id, id, id, business_date, 'PAYMENT', (ARRAY['CASH','CARD','WECHAT_PAY','ALIPAY','ROOM_CHARGE'])[1 + abs(hashtext(id)) % 5],
              subtotal_minor - discount_minor + tip_minor, 'NOT_APPLICABLE', settled_at
       FROM bills WHERE outlet_id = $1 AND business_date = $2::date AND subtotal_minor - discount_minor + tip_minor > 0`,
      [p.outletId, day],
    );
    await q(
      `INSERT INTO adjustments (id, property_id, outlet_id, business_date, kind, status, order_id, order_line_id, bill_id, amount_minor, reason, requested_at, updated_at)
       SELECT gen_random_uuid(), $3, l.outlet_id, l.business_date, 'COMP', 'APPROVED', l.order_id, l.id, NULL, l.unit_price_minor * l.quantity, 'Bench comp', l.fired_at, l.fired_at
       FROM order_lines l WHERE l.outlet_id = $1 AND l.business_date = $2::date AND l.status = 'COMPED'
       UNION ALL
       SELECT gen_random_uuid(), $3, b.outlet_id, b.business_date, 'DISCOUNT', 'APPROVED', NULL, NULL, b.id, b.discount_minor, 'Bench discount', b.created_at, b.created_at
       FROM bills b WHERE b.outlet_id = $1 AND b.business_date = $2::date AND b.discount_minor > 0`,
      [p.outletId, day, p.propertyId],
    );
    if ((d + 1) % 10 === 0) process.stdout.write(`  loaded ${d + 1}/${DAYS} days\r`);
  }
  await q('ANALYZE');
}

/** SETTLES bills of today, made through the services (open → fire → bill), settled CONCURRENCY at a time. */
async function settleThroughput(s: FnbServices, outletId: string) {
  const items = await s.menuItems.menu(outletId, undefined, system);
  const bills: { id: string; due: number }[] = [];
  for (let i = 0; i < SETTLES; i++) {
    const lines = [0, 1, 2].map((k) => ({ menuItemId: items[(i * 3 + k) % items.length].id, quantity: 1 + (k % 2) }));
    const order = await s.orders.open({ outletId, kind: 'WALK_IN', lines }, system);
    await s.tickets.fire(order.id, undefined, system);
    const [bill] = await s.bills.createBills(order.id, { mode: 'SINGLE' }, system);
    bills.push({ id: bill.id, due: bill.subtotalMinor });
  }
  const CONCURRENCY = 8;
  let next = 0;
  const { ms } = await timed(() =>
    Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let b = bills[next++]; b; b = bills[next++])
          await s.bills.settle(b.id, [{ method: next % 2 ? 'CARD' : 'CASH', amountMinor: b.due }], 0, system, {});
      }),
    ),
  );
  return { ms, perSecond: (bills.length * 1000) / ms, concurrency: CONCURRENCY };
}

async function main(): Promise<void> {
  await withBenchDatabase(
    'fnb',
    fnbSubgraph,
    async (app) => {
      const s = app.services as FnbServices;
      const propertyId = randomUUID();
      const { outlet, periods, service } = await setUp(s, propertyId);
      console.log(`F&B bench on PostgreSQL: ${PER_DAY.toLocaleString('en')} orders a day for ${DAYS} days at one restaurant`);
      const load = await timed(() =>
        bulkLoad(app.deps.db, { propertyId, outletId: outlet.id, lunch: periods[0].id, dinner: periods[1].id, serviceId: service.id }),
      );
      const count = (t: string) => rowCount(app.deps.db, t);
      const size = await databaseSize(app.deps.db);
      console.log(
        `data: ${(await count('orders')).toLocaleString('en')} orders, ${(await count('order_lines')).toLocaleString('en')} lines, ${(await count('bills')).toLocaleString('en')} bills, ` +
          `${(await count('payments')).toLocaleString('en')} payments, ${(await count('adjustments')).toLocaleString('en')} adjustments; database ${size}; loaded in ${(load.ms / 1000).toFixed(1)} s`,
      );

      const times: number[] = [];
      let sample: Awaited<ReturnType<FnbServices['reports']['daily']>> | undefined;
      for (let i = 0; i < REPORT_RUNS; i++) {
        const day = isoDay(Math.floor((((i * 7919) % 1000) / 1000) * DAYS));
        const r = await timed(() => s.reports.daily(outlet.id, day, system));
        if (i > 0) times.push(r.ms); // the first run warms the caches
        sample = r.result;
      }
      console.log(
        `\ndaily business report, one outlet-day (${REPORT_RUNS - 1} runs over random days):  p50 ${percentile(times, 50).toFixed(1)} ms   p95 ${percentile(times, 95).toFixed(1)} ms   (target p95 < 200 ms)`,
      );
      console.log(
        `  e.g. ${sample!.businessDate}: ${sample!.checks} checks, ${sample!.covers} covers, net ${(sample!.netRevenueMinor / 100).toFixed(2)} CNY, ${sample!.byCategory.length} categories, ${sample!.paymentMix.length} payment methods`,
      );
      const settle = await settleThroughput(s, outlet.id);
      console.log(
        `settle throughput (today, ${SETTLES} bills, ${settle.concurrency} cashiers at once, on top of the ${DAYS}-day history): ${settle.perSecond.toFixed(0)} bills/s (${(settle.ms / SETTLES).toFixed(1)} ms each on average)`,
      );
    },
    { clock: dinnerClock() },
  );
}

runBench(main);
