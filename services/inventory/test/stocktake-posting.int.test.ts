import { Caller } from '@hotelops/kernel';
import { DIALECTS, countQueries, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { CurrencyService } from '../src/currency/currency.service';
import { LedgerPoster } from '../src/stock/ledger-poster';
import { storeFixture } from './inventory-fixture';

/*
 * Approving a stocktake posts its variances set-based: the statements do not grow with the
 * number of lines, the ledger still equals on-hand, each movement is valued at the moving
 * average and announced, and a batch that would overdraw any bin applies nothing.
 */
describe.each(DIALECTS)('set-based ledger posting on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  const bins: string[] = [];
  const items: { id: string; cost: number }[] = [];

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    const store = (await f.location({ code: 'MAIN', name: 'Main store', kind: 'STORE' })).id;
    for (let b = 0; b < 4; b++) bins.push((await f.location({ code: `S${b}`, name: `Shelf ${b}`, kind: 'BIN', parentId: store })).id);
    for (let i = 0; i < 12; i++) {
      const item = await f.item({ name: `Counted ${i}` });
      const cost = 100 + i * 7;
      for (const bin of bins) expect((await f.receive(item.id, bin, 20, cost)).errors).toBeUndefined();
      items.push({ id: item.id, cost });
    }
  });
  afterAll(() => sg?.stop());

  const db = () => sg.app.deps.db.manager;
  const levels = (): Promise<{ item_id: string; location_id: string; on_hand: string | number }[]> =>
    db().query(`SELECT item_id, location_id, on_hand FROM stock_levels WHERE property_id = '${f.propertyId}'`);
  const ledgerSums = async () =>
    new Map(
      (
        (await db().query(
          `SELECT item_id, location_id, SUM(CASE WHEN direction = 'IN' THEN quantity ELSE -quantity END) AS s
             FROM stock_ledger_entries WHERE property_id = '${f.propertyId}' GROUP BY item_id, location_id`,
        )) as { item_id: string; location_id: string; s: string | number }[]
      ).map((r) => [`${r.item_id}:${r.location_id}`, Number(r.s)]),
    );

  /** Opens a cycle count of the bins, counts every line (`off` says by how much) and approves it; the approval's statements. */
  async function countAndApprove(binIds: string[], off: (n: number) => number) {
    const opened = await f.ok(
      `mutation($i: OpenStockCountInput!) { openStockCount(input: $i) { id lines { locationId itemId expected } } }`,
      { i: { propertyId: f.propertyId, kind: 'CYCLE', locationIds: binIds, blind: false, recountThresholdPercent: 100 } },
    );
    const { id, lines } = opened.openStockCount as { id: string; lines: { locationId: string; itemId: string; expected: number }[] };
    await f.ok(`mutation($id: ID!, $i: RecordCountInput!) { recordStockCount(id: $id, input: $i) { status } }`, {
      id,
      i: { lines: lines.map((l, n) => ({ locationId: l.locationId, itemId: l.itemId, counted: l.expected + off(n) })) },
    });
    await f.ok(`mutation($id: ID!) { submitStockCount(id: $id) { status } }`, { id });
    const approve = () => f.ok(`mutation($id: ID!) { approveStockCount(id: $id) { status summary { varianceValueMinor } } }`, { id }, f.gm);
    const { queries, result } = await countQueries(sg.app, approve);
    // worked out from the sheet: each line's difference at its item's receipt cost
    const expectedValue = lines.reduce((sum, l, n) => sum + off(n) * items.find((i) => i.id === l.itemId)!.cost, 0);
    return { id, lines: lines.length, queries, expectedValue, result: result as Awaited<ReturnType<typeof approve>> };
  }

  it('posts 4 or 36 variances in the same number of statements; ledger = on-hand; valued at the average; one StockMoved each', async () => {
    const movedBefore = (await f.outbox('hotelops.inventory.stock.moved.v1')).length;
    // one bin, 12 lines, every third off by −1 or +1 (4 variances, both ways like the large one)
    const small = await countAndApprove([bins[0]], (n) => (n % 3 === 0 ? (n % 2 ? 1 : -1) : 0));
    // three bins, 36 lines, every line off by +2 or −3 (36 variances)
    const large = await countAndApprove(bins.slice(1), (n) => (n % 2 ? 2 : -3));
    expect(small.lines).toBe(12);
    expect(large.lines).toBe(36);
    expect(large.queries).toBe(small.queries);

    const variances: {
      quantity: string | number;
      direction: string;
      unit_cost: string | number;
      value_minor: string | number;
      item_id: string;
    }[] = await db().query(
      `SELECT quantity, direction, unit_cost, value_minor, item_id FROM stock_ledger_entries WHERE kind = 'COUNT_VARIANCE' AND document_id IN ('${small.id}', '${large.id}')`,
    );
    expect(variances).toHaveLength(4 + 36);
    for (const v of variances) {
      const cost = items.find((i) => i.id === v.item_id)!.cost;
      expect(Number(v.unit_cost)).toBe(cost);
      expect(Number(v.value_minor)).toBe(Number(v.quantity) * cost);
    }
    expect((await f.outbox('hotelops.inventory.stock.moved.v1')).length - movedBefore).toBe(40);
    expect(small.result.approveStockCount.summary.varianceValueMinor).toBe(small.expectedValue);
    expect(large.result.approveStockCount.summary.varianceValueMinor).toBe(large.expectedValue);

    const sums = await ledgerSums();
    for (const l of await levels()) expect(Number(l.on_hand)).toBe(sums.get(`${l.item_id}:${l.location_id}`));
    const onHands = (await levels()).map((l) => Number(l.on_hand)).sort((a, b) => a - b);
    expect(onHands[0]).toBe(17);
    expect(onHands[onHands.length - 1]).toBe(22);
  });

  it('applies a batch in order and refuses it whole when one movement would overdraw a bin', async () => {
    const poster = new LedgerPoster(sg.app.deps, new CurrencyService(sg.app.deps));
    const caller = new Caller(staff(['storekeeper'], [f.propertyId]));
    const [a, b] = [items[0].id, items[1].id];
    const before = await levels();
    const refused = sg.app.deps.db.transaction((em) =>
      poster.postMany(
        em,
        [
          { kind: 'ISSUE', itemId: a, locationId: bins[3], quantity: 1 },
          { kind: 'ISSUE', itemId: b, locationId: bins[3], quantity: 5 },
          { kind: 'ISSUE', itemId: b, locationId: bins[3], quantity: 500 },
        ],
        caller,
        {},
      ),
    );
    await expect(refused).rejects.toMatchObject({ code: 'STOCK.INSUFFICIENT', details: { itemId: b, requested: 500 } });
    expect(await levels()).toEqual(before);

    const entries = await sg.app.deps.db.transaction((em) =>
      poster.postMany(
        em,
        [
          { kind: 'RECEIPT', itemId: a, locationId: bins[3], quantity: 10, unitCost: 300 },
          { kind: 'ISSUE', itemId: a, locationId: bins[3], quantity: 4 },
          { kind: 'ISSUE', itemId: a, locationId: bins[3], quantity: 3 },
        ],
        caller,
        {},
      ),
    );
    const start = Number(before.find((l) => l.item_id === a && l.location_id === bins[3])!.on_hand);
    expect(entries.map((e) => e.onHandAfter)).toEqual([start + 10, start + 6, start + 3]);
    // the receipt moved the average before the issues were valued at it
    const [row] = await db().query(`SELECT average_cost FROM items WHERE id = '${a}'`);
    expect(entries[1].unitCost).toBe(Number(row.average_cost));
    expect(Number(row.average_cost)).toBeGreaterThan(100);
  });
});
