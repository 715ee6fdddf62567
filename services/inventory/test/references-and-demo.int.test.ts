import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph, seedDemo } from '@hotelops/inventory';
import { stockFixture } from './inventory-fixture';

/** What inventory adds to the federated graph (item, location and outlet references) and the demo store it seeds. */
describe.each(DIALECTS)('inventory references and demo seed on %s', (dialect) => {
  let sg: RunningSubgraph;
  const { propertyId, otherPropertyId, storekeeper, db, createItem, createLocation, receive, ledgerSum, queriesOf } = stockFixture(
    () => sg,
  );
  let store: string;

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await createLocation({ code: 'MAIN', name: '总仓 Main store', kind: 'STORE' })).id;
  });
  afterAll(() => sg?.stop());

  it('resolves any number of item and location references with one query per type', async () => {
    const items = await Promise.all(Array.from({ length: 6 }, () => createItem()));
    const representations = [...items.map((i) => ({ __typename: 'Item', id: i.id })), { __typename: 'Location', id: store }];
    let r: Record<string, any> = {};
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id sku property { id } } ... on Location { id code } } }`;
    expect(await queriesOf(async () => (r = await gqlOk(sg.url, query, { r: representations })))).toBe(2);
    expect(r._entities.map((e: { id: string }) => e.id)).toEqual(representations.map((x) => x.id));
    expect(r._entities[0].property).toEqual({ id: propertyId });
    expect(await queriesOf(() => gqlOk(sg.url, query, { r: representations.slice(0, 2) }))).toBe(1);
  });

  it('adds stockLevels to fnb outlets, including their bins, with a bounded number of queries', async () => {
    const outlets = [randomUUID(), randomUUID(), randomUUID()];
    const bar = await createLocation({ code: 'OUT-BAR', name: 'Lobby bar stock', kind: 'OUTLET', outletId: outlets[0] });
    const cellar = await createLocation({ code: 'OUT-BAR-B1', name: 'Bar cellar bin', kind: 'BIN', parentId: bar.id });
    expect(cellar.outletId).toBe(outlets[0]);
    const cafe = await createLocation({ code: 'OUT-CAFE', name: 'Café stock', kind: 'OUTLET', outletId: outlets[1] });
    const beer = await createItem({ sku: 'RT-BEER', category: 'RETAIL', unit: 'bottle', parLevel: 48, reorderPoint: 12 });
    const milk = await createItem({ sku: 'IN-MILK', category: 'INGREDIENT', unit: 'L', parLevel: 20, reorderPoint: 5 });
    await receive(beer.id, bar.id, 24);
    await receive(beer.id, cellar.id, 10);
    await receive(milk.id, cafe.id, 4.5);

    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Outlet { id stockLevels { onHand belowReorderPoint item { sku } location { code outlet { id } } } } } }`;
    const representations = outlets.map((id) => ({ __typename: 'Outlet', id }));
    let r: Record<string, any> = {};
    // levels + items + locations, however many outlets
    expect(await queriesOf(async () => (r = await gqlOk(sg.url, query, { r: representations })))).toBe(3);
    expect(await queriesOf(() => gqlOk(sg.url, query, { r: representations.slice(0, 1) }))).toBe(3);
    expect(r._entities).toEqual([
      {
        id: outlets[0],
        stockLevels: [
          { onHand: 24, belowReorderPoint: false, item: { sku: 'RT-BEER' }, location: { code: 'OUT-BAR', outlet: { id: outlets[0] } } },
          { onHand: 10, belowReorderPoint: true, item: { sku: 'RT-BEER' }, location: { code: 'OUT-BAR-B1', outlet: { id: outlets[0] } } },
        ],
      },
      {
        id: outlets[1],
        stockLevels: [
          { onHand: 4.5, belowReorderPoint: true, item: { sku: 'IN-MILK' }, location: { code: 'OUT-CAFE', outlet: { id: outlets[1] } } },
        ],
      },
      { id: outlets[2], stockLevels: [] },
    ]);

    const outsider = await gqlOk(sg.url, query, { r: representations }, storekeeper([otherPropertyId]));
    expect(outsider._entities.map((o: { stockLevels: unknown[] }) => o.stockLevels)).toEqual([[], [], []]);
  });

  it('seeds a demo store once, with every on-hand equal to its ledger sum', async () => {
    const p = randomUUID();
    const outlets = [
      { id: randomUUID(), name: '西餐厅 Western Restaurant', kind: 'RESTAURANT' },
      { id: randomUUID(), name: 'Lobby Bar 大堂吧', kind: 'BAR' },
    ];
    await seedDemo(sg.app.deps, { propertyId: p, outlets });
    const outboxAfterFirst = await db().count(OutboxRow);
    await seedDemo(sg.app.deps, { propertyId: p, outlets });
    expect(await db().count(OutboxRow)).toBe(outboxAfterFirst);

    const keeper = storekeeper([p]);
    const items = await gqlOk(sg.url, `query($p: ID!) { items(propertyId: $p, first: 100) { nodes { sku } } }`, { p }, keeper);
    expect(items.items.nodes.length).toBeGreaterThanOrEqual(25);
    const locations = await gqlOk(
      sg.url,
      `query($p: ID!) { locations(propertyId: $p) { code kind outlet { id } parent { code } } }`,
      { p },
      keeper,
    );
    expect(locations.locations).toEqual(
      expect.arrayContaining([
        { code: 'MAIN', kind: 'STORE', outlet: null, parent: null },
        { code: 'MAIN-C01', kind: 'BIN', outlet: null, parent: { code: 'MAIN' } },
        { code: 'HK-LINEN', kind: 'DEPARTMENT', outlet: null, parent: null },
        { code: 'OUT2-BAR', kind: 'OUTLET', outlet: { id: outlets[1].id }, parent: null },
      ]),
    );
    const seeded = await gqlOk(
      sg.url,
      `query($p: ID!) { vendorExchanges(propertyId: $p) { status returned } stockTransfers(propertyId: $p) { status lines { inTransit shortReason } } }`,
      { p },
      keeper,
    );
    expect(seeded.vendorExchanges).toEqual([{ status: 'AWAITING_REPLACEMENT', returned: 2 }]);
    expect(seeded.stockTransfers).toContainEqual({ status: 'PARTLY_RECEIVED', lines: [{ inTransit: 4, shortReason: 'Torn carton' }] });
    const levels = await gqlOk(
      sg.url,
      `query($p: ID!) { stockLevels(propertyId: $p) { item { id sku } location { id } onHand belowReorderPoint } }`,
      { p },
      keeper,
    );
    expect(levels.stockLevels.length).toBeGreaterThan(25);
    for (const l of levels.stockLevels) {
      expect(l.onHand).toBeGreaterThanOrEqual(0);
      expect(await ledgerSum(l.item.id, l.location.id)).toBe(l.onHand);
    }
    expect(levels.stockLevels.some((l: { belowReorderPoint: boolean }) => l.belowReorderPoint)).toBe(true);

    const depth = await gqlOk(
      sg.url,
      `query($p: ID!) {
        suppliers(propertyId: $p) { code }
        purchaseOrders(propertyId: $p) { status receipts { lines { deducted rejected } } }
        stockTransfers(propertyId: $p) { status }
        stockCounts(propertyId: $p) { status varianceValueMinor }
        writeOffs(propertyId: $p) { status reason }
      }`,
      { p },
      staff(['general-manager'], [p]),
    );
    expect(depth.suppliers).toHaveLength(3);
    const statuses = depth.purchaseOrders.map((o: { status: string }) => o.status);
    expect(statuses).toEqual(expect.arrayContaining(['PARTLY_RECEIVED', 'SENT', 'DRAFT']));
    const received = depth.purchaseOrders.find((o: { status: string }) => o.status === 'PARTLY_RECEIVED');
    expect(received.receipts[0].lines).toEqual([{ deducted: 2, rejected: 2 }]);
    // amenities on their way, and shampoo received four short (those four still in transit)
    expect(depth.stockTransfers.map((t: { status: string }) => t.status).sort()).toEqual(['IN_TRANSIT', 'PARTLY_RECEIVED']);
    // two cans of cola short (2 × 2.50) and a bottle of wine found (68.00)
    expect(depth.stockCounts).toEqual([{ status: 'POSTED', varianceValueMinor: 6300 }]);
    expect(depth.writeOffs).toEqual([{ status: 'REPORTED', reason: 'BREAKAGE' }]);
  });
});
