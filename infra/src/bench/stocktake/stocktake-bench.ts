import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { inventorySubgraph, type InventoryServices } from '@hotelops/inventory';
import { Caller, SYSTEM, type Database } from '@hotelops/kernel';
import { databaseSize, rowCount, runBench, timed, withBenchDatabase } from '../bench-kit';

/*
 * A full stocktake (大盘点) of a large store on PostgreSQL: SKUS items spread over BINS bins
 * (each on one bin, every tenth on a second), bulk-loaded in SQL with a receipt and an issue
 * each; then, through the real services: open the stocktake (freeze every bin, snapshot the
 * books), post COUNT_LINES counted lines (sheets of 500, one in ten off by one), compute the
 * variance and bin accuracy and the store's valuation by category and location, and approve
 * (posting the variance as COUNT_VARIANCE movements and thawing the bins).
 *
 *   npm run bench:stocktake     (BENCH_SKUS, BENCH_BINS, BENCH_COUNT_LINES override the sizes;
 *                                e.g. BENCH_SKUS=5000 BENCH_BINS=50 BENCH_COUNT_LINES=2000 for a quick run)
 *
 * BENCH_PG_ADMIN_URL (default postgres://postgres@127.0.0.1:5432/postgres) creates and drops a throwaway database.
 */

const SKUS = Number(process.env.BENCH_SKUS ?? 50_000);
const BINS = Number(process.env.BENCH_BINS ?? 200);
const COUNT_LINES = Number(process.env.BENCH_COUNT_LINES ?? 10_000);
const SHEET = 500;
const system = new Caller(SYSTEM);

const CATEGORIES = ['AMENITY', 'LINEN', 'CONSUMABLE', 'INGREDIENT', 'RETAIL', 'ENGINEERING'];

/** Items, levels and a two-movement history per level in set-based SQL. */
async function bulkLoad(db: Database, propertyId: string, binIds: string[]) {
  const q = (sql: string, params: unknown[] = []) => db.dataSource.query(sql, params);
  const now = new Date().toISOString();
  await q(
    `INSERT INTO items (id, property_id, sku, name, category, unit, par_level, reorder_point, created_at, average_cost)
     SELECT gen_random_uuid()::text, $1, 'B-' || lpad(n::text, 6, '0'), 'Bench item ' || n,
            (ARRAY['${CATEGORIES.join("','")}'])[1 + n % ${CATEGORIES.length}], 'each', 100, 20, $2, 100 + (n % 97) * 25
       FROM generate_series(1, $3::int) AS n`,
    [propertyId, now, SKUS],
  );
  await q(`CREATE TEMP TABLE bench_bins AS SELECT ordinality - 1 AS k, id FROM unnest($1::varchar[]) WITH ORDINALITY AS t(id)`, [binIds]);
  await q(
    `CREATE TEMP TABLE bench_levels AS
       SELECT i.id AS item_id, b.id AS location_id, 40 + (row_number() OVER ()) % 60 AS received, 5 + (row_number() OVER ()) % 13 AS issued, i.average_cost AS cost
         FROM (SELECT id, average_cost, row_number() OVER (ORDER BY sku) AS n FROM items WHERE property_id = $1) i
         JOIN bench_bins b ON b.k = i.n % ${BINS} OR (i.n % 10 = 0 AND b.k = (i.n + 1) % ${BINS})`,
    [propertyId],
  );
  await q(
    `INSERT INTO stock_levels (item_id, location_id, property_id, on_hand, updated_at) SELECT item_id, location_id, $1, received - issued, $2 FROM bench_levels`,
    [propertyId, now],
  );
  for (const [kind, dir, qty] of [
    ['RECEIPT', 'IN', 'received'],
    ['ISSUE', 'OUT', 'issued'],
  ])
    await q(
      `INSERT INTO stock_ledger_entries (id, property_id, item_id, location_id, kind, direction, quantity, on_hand_after, unit_cost, value_minor, created_at)
       SELECT gen_random_uuid()::text, $1, item_id, location_id, '${kind}', '${dir}', ${qty}, ${kind === 'RECEIPT' ? 'received' : 'received - issued'}, cost, ROUND(${qty} * cost), $2
         FROM bench_levels`,
      [propertyId, now],
    );
  await q('ANALYZE');
}

async function main(): Promise<void> {
  await withBenchDatabase('inv', inventorySubgraph, async (app) => {
    const s = app.services as InventoryServices;
    const propertyId = randomUUID();
    const store = await s.locations.create({ propertyId, code: 'MAIN', name: 'Main store', kind: 'STORE' }, system);
    const bins: string[] = [];
    for (let b = 0; b < BINS; b++) {
      bins.push(
        (
          await s.locations.create(
            { propertyId, code: `B${String(b).padStart(4, '0')}`, name: `Bin ${b}`, kind: 'BIN', parentId: store.id },
            system,
          )
        ).id,
      );
    }
    const load = await timed(() => bulkLoad(app.deps.db, propertyId, bins));
    const count = (t: string) => rowCount(app.deps.db, t);
    const size = await databaseSize(app.deps.db);
    console.log(`Stocktake bench on PostgreSQL: ${SKUS.toLocaleString('en')} SKUs over ${BINS} bins`);
    console.log(
      `data: ${(await count('items')).toLocaleString('en')} items, ${(await count('stock_levels')).toLocaleString('en')} item-bin levels, ` +
        `${(await count('stock_ledger_entries')).toLocaleString('en')} ledger entries; database ${size}; loaded in ${(load.ms / 1000).toFixed(1)} s\n`,
    );

    const open = await timed(() => s.counts.open({ propertyId, kind: 'FULL', blind: true, recountThresholdPercent: 100 }, system));
    const countId = open.result.id;
    const sheetLines = await app.deps.db.dataSource.query(
      `SELECT location_id, item_id, expected FROM count_lines WHERE count_id = $1 ORDER BY location_id, item_id LIMIT $2`,
      [countId, COUNT_LINES],
    );
    console.log(
      `open full stocktake (freeze ${BINS + 1} locations, snapshot ${(await count('count_lines')).toLocaleString('en')} lines): ${open.ms.toFixed(0)} ms`,
    );

    const post = await timed(async () => {
      for (let i = 0; i < sheetLines.length; i += SHEET) {
        const lines = sheetLines.slice(i, i + SHEET).map((l: { location_id: string; item_id: string; expected: string }, n: number) => ({
          locationId: l.location_id,
          itemId: l.item_id,
          counted: Math.max(0, Number(l.expected) - ((i + n) % 10 === 0 ? 1 : 0)),
        }));
        await s.counts.record(countId, lines, system);
      }
    });
    console.log(
      `post ${sheetLines.length.toLocaleString('en')} counted lines (sheets of ${SHEET}): ${(post.ms / 1000).toFixed(2)} s (${((sheetLines.length * 1000) / post.ms).toFixed(0)} lines/s)`,
    );

    const analysis = await timed(async () => {
      const summary = await s.counts.summary(countId);
      const byCategory = await s.reports.valueByCategory(propertyId, system);
      const byLocation = await s.reports.valueByLocation(propertyId, system);
      return { summary, byCategory, byLocation };
    });
    const { summary, byCategory, byLocation } = analysis.result;
    const total = byCategory.reduce((sum, c) => sum + c.valueMinor, 0);
    const currency = byCategory[0]?.currency ?? '';
    console.log(
      `variance + bin accuracy + valuation (by category and by location) of the whole store: ${analysis.ms.toFixed(0)} ms   (target < 5000 ms)`,
    );
    console.log(
      `  ${summary.lines.toLocaleString('en')} lines, ${summary.binsCounted}/${BINS + 1} bins counted, accuracy ${(summary.accuracy * 100).toFixed(1)} %, ` +
        `variance ${(summary.varianceValueMinor / 100).toFixed(2)} ${currency}; stock ${(total / 100).toLocaleString('en')} ${currency} over ${byCategory.length} categories, ${byLocation.length} locations`,
    );

    // Approval only posts counted lines: the rest of a real stocktake would be counted first.
    await app.deps.db.dataSource.query(`UPDATE count_lines SET counted = expected WHERE count_id = $1 AND counted IS NULL`, [countId]);
    await s.counts.submit(countId, system);
    const approve = await timed(() => s.counts.approve(countId, system, {}));
    const variances = await app.deps.db.dataSource.query(`SELECT COUNT(*) AS n FROM stock_ledger_entries WHERE kind = 'COUNT_VARIANCE'`);
    console.log(
      `approve (post ${Number(variances[0].n).toLocaleString('en')} COUNT_VARIANCE movements, thaw every bin): ${(approve.ms / 1000).toFixed(2)} s`,
    );
  });
}

runBench(main);
