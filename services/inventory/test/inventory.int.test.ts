import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, anonymous, gql, gqlOk, staff, startSubgraph, type RunningSubgraph, countQueries } from '@hotelops/testing';
import { inventorySubgraph, seedDemo } from '@hotelops/inventory';

const STOCK_MOVED = 'hotelops.inventory.stock.moved.v1';

describe.each(DIALECTS)('inventory subgraph on %s', (dialect) => {
  let sg: RunningSubgraph;
  const propertyId = randomUUID();
  const otherPropertyId = randomUUID();
  const storekeeperId = randomUUID();
  const storekeeper = (propertyIds: string[] = [propertyId]) => staff(['storekeeper'], propertyIds, storekeeperId);
  const housekeeper = staff(['housekeeping'], [propertyId]);
  let store: string;
  let skuSeq = 0;

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await createLocation({ code: 'MAIN', name: '总仓 Main store', kind: 'STORE' })).id;
  });
  afterAll(() => sg?.stop());

  const db = () => sg.app.deps.db.manager;

  async function createItem(fields: Record<string, unknown> = {}, identity = storekeeper()) {
    const input = {
      propertyId,
      sku: `SKU-${++skuSeq}`,
      name: 'Bath towel 浴巾',
      category: 'LINEN',
      unit: 'each',
      parLevel: 100,
      reorderPoint: 20,
      ...fields,
    };
    const data = await gqlOk(
      sg.url,
      `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id sku propertyId parLevel reorderPoint } }`,
      { i: input },
      identity,
    );
    return data.createItem as { id: string; sku: string };
  }

  async function createLocation(fields: Record<string, unknown>, identity = storekeeper()) {
    const data = await gqlOk(
      sg.url,
      `mutation($i: CreateInventoryLocationInput!) { createLocation(input: $i) { id code outletId } }`,
      { i: { propertyId, ...fields } },
      identity,
    );
    return data.createLocation as { id: string; code: string; outletId: string | null };
  }

  const receive = (itemId: string, locationId: string, quantity: number, identity = storekeeper(), extra: Record<string, unknown> = {}) =>
    gql(
      sg.url,
      `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id kind quantity onHandAfter unitCostMinor reference createdBy { id } } }`,
      { i: { itemId, locationId, quantity, ...extra } },
      identity,
    );

  const issue = (itemId: string, locationId: string, quantity: number, identity = storekeeper()) =>
    gql(
      sg.url,
      `mutation($i: IssueStockInput!) { issueStock(input: $i) { id kind quantity onHandAfter } }`,
      { i: { itemId, locationId, quantity, reference: 'Floor 5' } },
      identity,
    );

  async function onHand(itemId: string, locationId: string): Promise<number | undefined> {
    const data = await gqlOk(
      sg.url,
      `query($p: ID!, $i: ID, $l: ID) { stockLevels(propertyId: $p, itemId: $i, locationId: $l) { onHand } }`,
      { p: propertyId, i: itemId, l: locationId },
      storekeeper(),
    );
    return data.stockLevels[0]?.onHand;
  }

  /** The ledger's own sum, straight from the table. */
  async function ledgerSum(itemId: string, locationId: string): Promise<number> {
    const row = await db()
      .createQueryBuilder()
      .select("COALESCE(SUM(CASE WHEN e.direction = 'IN' THEN e.quantity ELSE -e.quantity END), 0)", 's')
      .from('stock_ledger_entries', 'e')
      .where('e.item_id = :itemId AND e.location_id = :locationId', { itemId, locationId })
      .getRawOne<{ s: string | number }>();
    return Math.round(Number(row!.s) * 1000) / 1000;
  }

  const queriesOf = async (run: () => Promise<unknown>) => (await countQueries(sg.app, run)).queries;

  const ledgerRows = (itemId: string) =>
    db()
      .query(`SELECT COUNT(*) AS n FROM stock_ledger_entries WHERE item_id = '${itemId}'`)
      .then((r) => Number(r[0].n));
  // StockMoved rows only: level signals (fell low, ran out) are asserted on their own.
  const outboxFor = (itemId: string) => db().find(OutboxRow, { where: { messageKey: itemId, type: STOCK_MOVED }, order: { seq: 'ASC' } });

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

  it('refuses a duplicate SKU or location code in the same property, not in another', async () => {
    const first = await createItem({ sku: 'LN-PILLOWCASE' });
    const dup = await gql(
      sg.url,
      `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id } }`,
      {
        i: { propertyId, sku: 'LN-PILLOWCASE', name: 'Pillowcase', category: 'LINEN', unit: 'each' },
      },
      storekeeper(),
    );
    expect(dup.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ITEM.SKU_TAKEN', sku: 'LN-PILLOWCASE' });
    const elsewhere = await createItem({ propertyId: otherPropertyId, sku: 'LN-PILLOWCASE' }, storekeeper([otherPropertyId]));
    expect(elsewhere.id).not.toBe(first.id);

    const loc = await gql(
      sg.url,
      `mutation($i: CreateInventoryLocationInput!) { createLocation(input: $i) { id } }`,
      { i: { propertyId, code: 'MAIN', name: 'Again', kind: 'STORE' } },
      storekeeper(),
    );
    expect(loc.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'LOCATION.CODE_TAKEN' });
  });

  it('turns racing creations of one SKU into one item and clean conflicts', async () => {
    const create = () =>
      gql(
        sg.url,
        `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id } }`,
        { i: { propertyId, sku: 'AM-RACE', name: 'Shower cap', category: 'AMENITY', unit: 'each' } },
        storekeeper(),
      );
    const results = await Promise.all(Array.from({ length: 6 }, create));
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions!.reason)).toEqual(Array(5).fill('ITEM.SKU_TAKEN'));
  });

  it('names the bad field and writes nothing', async () => {
    const item = await createItem();
    const outboxBefore = await db().count(OutboxRow);
    for (const quantity of [0, -3, 1.2345]) {
      const r = await receive(item.id, store, quantity);
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'STOCK.INVALID_QUANTITY', field: 'quantity' });
      expect(r.errors?.[0].message).toMatch(/^quantity must /);
    }
    const issued = await issue(item.id, store, -1);
    expect(issued.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'quantity' });
    expect(await ledgerRows(item.id)).toBe(0);
    expect(await db().count(OutboxRow)).toBe(outboxBefore);

    const badPolicy = await gql(
      sg.url,
      `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id } }`,
      {
        i: { propertyId, sku: 'X-1', name: 'x', category: 'CONSUMABLE', unit: 'each', parLevel: 10, reorderPoint: 15 },
      },
      storekeeper(),
    );
    expect(badPolicy.errors?.[0]).toMatchObject({
      message: 'reorderPoint (15) must not exceed parLevel (10)',
      extensions: { code: 'BAD_USER_INPUT', field: 'reorderPoint' },
    });

    const badSku = await gql(
      sg.url,
      `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id } }`,
      {
        i: { propertyId, sku: 'lower case', name: 'x', category: 'CONSUMABLE', unit: 'each', parLevel: 1.2345 },
      },
      storekeeper(),
    );
    expect(badSku.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: ['sku', 'parLevel'] });

    const binWithoutParent = await gql(
      sg.url,
      `mutation($i: CreateInventoryLocationInput!) { createLocation(input: $i) { id } }`,
      { i: { propertyId, code: 'A-01', name: 'Shelf', kind: 'BIN' } },
      storekeeper(),
    );
    expect(binWithoutParent.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });

    const unknownLocation = await receive(item.id, randomUUID(), 1);
    expect(unknownLocation.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'LOCATION.NOT_FOUND' });
  });

  it('allows each mutation only to its roles and every read only within the caller’s properties', async () => {
    const item = await createItem();
    const forbidden = { code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' };
    const create = await gql(
      sg.url,
      `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id } }`,
      { i: { propertyId, sku: 'HK-1', name: 'x', category: 'AMENITY', unit: 'each' } },
      housekeeper,
    );
    expect(create.errors?.[0].extensions).toMatchObject(forbidden);
    expect((await receive(item.id, store, 5, housekeeper)).errors?.[0].extensions).toMatchObject(forbidden);
    expect((await receive(item.id, store, 5)).errors).toBeUndefined();
    // Housekeeping and F&B managers draw stock; servers do not.
    expect((await issue(item.id, store, 1, housekeeper)).errors).toBeUndefined();
    expect((await issue(item.id, store, 1, staff(['fnb-manager'], [propertyId]))).errors).toBeUndefined();
    expect((await issue(item.id, store, 1, staff(['fnb-server'], [propertyId]))).errors?.[0].extensions).toMatchObject(forbidden);

    const outsider = storekeeper([otherPropertyId]);
    const propertyForbidden = { code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' };
    expect((await receive(item.id, store, 1, outsider)).errors?.[0].extensions).toMatchObject(propertyForbidden);
    expect((await issue(item.id, store, 1, outsider)).errors?.[0].extensions).toMatchObject(propertyForbidden);
    for (const query of [
      `query($p: ID!) { items(propertyId: $p) { nodes { id } } }`,
      `query($p: ID!) { locations(propertyId: $p) { id } }`,
      `query($p: ID!) { stockLevels(propertyId: $p) { onHand } }`,
    ]) {
      expect((await gql(sg.url, query, { p: propertyId }, outsider)).errors?.[0].extensions).toMatchObject(propertyForbidden);
    }
    expect((await gql(sg.url, `query($i: ID!) { item(id: $i) { id } }`, { i: item.id }, outsider)).errors?.[0].extensions).toMatchObject(
      propertyForbidden,
    );
    expect(
      (await gql(sg.url, `query($i: ID!) { stockLedger(itemId: $i) { nodes { id } } }`, { i: item.id }, outsider)).errors?.[0].extensions,
    ).toMatchObject(propertyForbidden);
    const hidden = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Item { id } } }`,
      { r: [{ __typename: 'Item', id: item.id }] },
      outsider,
    );
    expect(hidden._entities).toEqual([null]);
    expect(
      (await gql(sg.url, `query($p: ID!) { items(propertyId: $p) { nodes { id } } }`, { p: propertyId }, anonymous())).errors?.[0]
        .extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });

  it('lists items by SKU with category filter and cursors, and flags stock at or below the reorder point', async () => {
    const p = randomUUID();
    const keeper = storekeeper([p]);
    const loc = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { createLocation(input: {propertyId: $p, code: "LINEN", name: "布草房", kind: DEPARTMENT}) { id } }`,
        { p },
        keeper,
      )
    ).createLocation.id;
    const ids: Record<string, string> = {};
    for (const [sku, category] of [
      ['C-1', 'LINEN'],
      ['A-1', 'LINEN'],
      ['B-1', 'AMENITY'],
    ]) {
      ids[sku] = (await createItem({ propertyId: p, sku, category, parLevel: 100, reorderPoint: 30 }, keeper)).id;
    }
    const page1 = await gqlOk(
      sg.url,
      `query($p: ID!) { items(propertyId: $p, category: LINEN, first: 1) { nodes { sku } pageInfo { hasNextPage endCursor } } }`,
      { p },
      keeper,
    );
    expect(page1.items.nodes).toEqual([{ sku: 'A-1' }]);
    const page2 = await gqlOk(
      sg.url,
      `query($p: ID!, $a: String) { items(propertyId: $p, category: LINEN, first: 1, after: $a) { nodes { sku } pageInfo { hasNextPage } } }`,
      { p, a: page1.items.pageInfo.endCursor },
      keeper,
    );
    expect(page2.items).toEqual({ nodes: [{ sku: 'C-1' }], pageInfo: { hasNextPage: false } });

    await receive(ids['A-1'], loc, 30, keeper);
    await receive(ids['B-1'], loc, 31, keeper);
    const levels = await gqlOk(
      sg.url,
      `query($p: ID!) { stockLevels(propertyId: $p) { item { sku } location { code } onHand belowReorderPoint } }`,
      { p },
      keeper,
    );
    expect(levels.stockLevels).toEqual([
      { item: { sku: 'A-1' }, location: { code: 'LINEN' }, onHand: 30, belowReorderPoint: true },
      { item: { sku: 'B-1' }, location: { code: 'LINEN' }, onHand: 31, belowReorderPoint: false },
    ]);
  });

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
