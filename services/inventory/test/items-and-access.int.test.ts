import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, anonymous, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { stockFixture } from './inventory-fixture';

/** Items and locations: unique SKUs and codes, input checks, who may do what, and listing with reorder flags. */
describe.each(DIALECTS)('inventory items, locations and access on %s', (dialect) => {
  let sg: RunningSubgraph;
  const { propertyId, otherPropertyId, storekeeper, housekeeper, db, createItem, createLocation, receive, issue, ledgerRows } =
    stockFixture(() => sg);
  let store: string;

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await createLocation({ code: 'MAIN', name: '总仓 Main store', kind: 'STORE' })).id;
  });
  afterAll(() => sg?.stop());

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
});
