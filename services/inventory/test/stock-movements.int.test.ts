import { DIALECTS, gqlOk, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { STOCK_MOVED, stockFixture } from './inventory-fixture';

/** Receiving and issuing against the ledger: decimal quantities, refusals that write nothing, and concurrent movements. */
describe.each(DIALECTS)('inventory stock movements on %s', (dialect) => {
  let sg: RunningSubgraph;
  const {
    propertyId,
    storekeeperId,
    storekeeper,
    housekeeper,
    db,
    createItem,
    createLocation,
    receive,
    issue,
    onHand,
    ledgerSum,
    ledgerRows,
    outboxFor,
  } = stockFixture(() => sg);
  let store: string;

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await createLocation({ code: 'MAIN', name: '总仓 Main store', kind: 'STORE' })).id;
  });
  afterAll(() => sg?.stop());

  it('receives and issues decimal quantities; on-hand equals the ledger sum; each movement is a StockMoved event', async () => {
    const flour = await createItem({ name: 'Wheat flour 面粉', category: 'INGREDIENT', unit: 'kg', parLevel: 50.5, reorderPoint: 12.25 });
    const r1 = await receive(flour.id, store, 12.5, storekeeper(), { unitCostMinor: 600, reference: 'DN-2041' });
    expect(r1.errors).toBeUndefined();
    expect(r1.data!.receiveStock).toMatchObject({
      kind: 'RECEIPT',
      quantity: 12.5,
      onHandAfter: 12.5,
      unitCostMinor: 600,
      reference: 'DN-2041',
      createdBy: { id: storekeeperId },
    });
    expect((await issue(flour.id, store, 2.25)).data!.issueStock).toMatchObject({ kind: 'ISSUE', quantity: 2.25, onHandAfter: 10.25 });
    expect((await receive(flour.id, store, 0.1)).data!.receiveStock.onHandAfter).toBe(10.35);

    expect(await onHand(flour.id, store)).toBe(10.35);
    expect(await ledgerSum(flour.id, store)).toBe(10.35);

    const ledger = await gqlOk(
      sg.url,
      `query($i: ID!, $l: ID) { stockLedger(itemId: $i, locationId: $l, first: 10) { nodes { kind quantity onHandAfter item { sku } location { code } } } }`,
      { i: flour.id, l: store },
      housekeeper,
    );
    expect(ledger.stockLedger.nodes).toEqual([
      { kind: 'RECEIPT', quantity: 12.5, onHandAfter: 12.5, item: { sku: flour.sku }, location: { code: 'MAIN' } },
      { kind: 'ISSUE', quantity: 2.25, onHandAfter: 10.25, item: { sku: flour.sku }, location: { code: 'MAIN' } },
      { kind: 'RECEIPT', quantity: 0.1, onHandAfter: 10.35, item: { sku: flour.sku }, location: { code: 'MAIN' } },
    ]);

    const events = await outboxFor(flour.id);
    expect(events.map((e) => e.type)).toEqual([STOCK_MOVED, STOCK_MOVED, STOCK_MOVED]);
    expect(JSON.parse(events[1].payload)).toMatchObject({
      propertyId,
      itemId: flour.id,
      locationId: store,
      kind: 'ISSUE',
      quantity: 2.25,
      onHandAfter: 10.25,
    });
    expect(events[1].headers).toMatchObject({ ce_type: STOCK_MOVED, ce_subject: flour.id, ce_propertyid: propertyId });
  });

  it('refuses to issue more than is on hand, naming item, location, on-hand and request, and writes nothing', async () => {
    const towel = await createItem({ name: 'Bath towel 浴巾' });
    await receive(towel.id, store, 5);
    const [ledgerBefore, outboxBefore] = [await ledgerRows(towel.id), (await outboxFor(towel.id)).length];

    const r = await issue(towel.id, store, 7);
    expect(r.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STOCK.INSUFFICIENT',
      itemId: towel.id,
      locationId: store,
      onHand: 5,
      requested: 7,
    });
    expect(r.errors?.[0].message).toBe(`Cannot issue 7 each of Bath towel 浴巾 (${towel.sku}) from 总仓 Main store (MAIN): 5 on hand`);

    expect(await ledgerRows(towel.id)).toBe(ledgerBefore);
    expect(await outboxFor(towel.id)).toHaveLength(outboxBefore);
    expect(await onHand(towel.id, store)).toBe(5);

    const nothingThere = await createItem();
    const none = await issue(nothingThere.id, store, 1);
    expect(none.errors?.[0].extensions).toMatchObject({ reason: 'STOCK.INSUFFICIENT', onHand: 0 });
    expect(await onHand(nothingThere.id, store)).toBeUndefined();
  });

  it('has the database itself refuse a negative on-hand, whatever the code path', async () => {
    const item = await createItem();
    await receive(item.id, store, 2);
    await expect(db().query(`UPDATE stock_levels SET on_hand = -1 WHERE item_id = '${item.id}'`)).rejects.toThrow(
      /check constraint|CHECK/i,
    );
    expect(await onHand(item.id, store)).toBe(2);
  });

  it('lets exactly as many concurrent issues succeed as there is stock, never going negative', async () => {
    const soap = await createItem({ name: 'Soap 40 g 香皂', category: 'AMENITY' });
    expect((await receive(soap.id, store, 10)).errors).toBeUndefined();

    const results = await Promise.all(Array.from({ length: 20 }, () => issue(soap.id, store, 1, housekeeper)));
    const ok = results.filter((r) => !r.errors);
    const refused = results.filter((r) => r.errors);
    expect(ok).toHaveLength(10);
    expect(refused.map((r) => r.errors![0].extensions!.reason)).toEqual(Array(10).fill('STOCK.INSUFFICIENT'));
    // Serialised by the level lock: each success saw the previous one's result.
    expect(ok.map((r) => r.data!.issueStock.onHandAfter).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);

    expect(await onHand(soap.id, store)).toBe(0);
    expect(await ledgerSum(soap.id, store)).toBe(0);
    expect(await ledgerRows(soap.id)).toBe(11);
    expect(await outboxFor(soap.id)).toHaveLength(11);
  });

  it('races first receipts of an item at a location safely', async () => {
    const water = await createItem({ category: 'RETAIL', unit: 'bottle' });
    const results = await Promise.all(Array.from({ length: 8 }, () => receive(water.id, store, 6)));
    expect(results.filter((r) => r.errors)).toEqual([]);
    expect(await onHand(water.id, store)).toBe(48);
    expect(await ledgerSum(water.id, store)).toBe(48);
  });
});
