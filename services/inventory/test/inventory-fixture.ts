import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { countQueries, gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';

/** A store with bins on a fresh subgraph, and the calls the depth tests make through GraphQL. */
export function storeFixture(sg: () => RunningSubgraph, propertyId = randomUUID()) {
  const storekeeperId = randomUUID();
  const gmId = randomUUID();
  const storekeeper = staff(['storekeeper'], [propertyId], storekeeperId);
  const gm = staff(['general-manager'], [propertyId], gmId);
  let seq = 0;
  const ok = (q: string, v: Record<string, unknown> = {}, who = storekeeper) => gqlOk(sg().url, q, v, who);
  const call = (q: string, v: Record<string, unknown> = {}, who = storekeeper) => gql(sg().url, q, v, who);
  const reason = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0]?.extensions?.reason;

  const location = async (fields: Record<string, unknown>) =>
    (await ok(`mutation($i: CreateInventoryLocationInput!) { createLocation(input: $i) { id code } }`, { i: { propertyId, ...fields } }))
      .createLocation as { id: string; code: string };
  const item = async (fields: Record<string, unknown> = {}) =>
    (
      await ok(`mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id sku unit } }`, {
        i: {
          propertyId,
          sku: `D-${++seq}-${Date.now() % 100000}`,
          name: 'Item',
          category: 'CONSUMABLE',
          unit: 'each',
          parLevel: 0,
          reorderPoint: 0,
          ...fields,
        },
      })
    ).createItem as { id: string; sku: string };
  const receive = (itemId: string, locationId: string, quantity: number, unitCostMinor?: number) =>
    call(`mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id onHandAfter unitCost valueMinor } }`, {
      i: { itemId, locationId, quantity, unitCostMinor },
    });
  const issue = (itemId: string, locationId: string, quantity: number) =>
    call(`mutation($i: IssueStockInput!) { issueStock(input: $i) { id onHandAfter unitCost valueMinor } }`, {
      i: { itemId, locationId, quantity },
    });
  const onHand = async (itemId: string, locationId: string) =>
    ((
      await ok(`query($p: ID!, $i: ID, $l: ID) { stockLevels(propertyId: $p, itemId: $i, locationId: $l) { onHand } }`, {
        p: propertyId,
        i: itemId,
        l: locationId,
      })
    ).stockLevels[0]?.onHand ?? 0) as number;
  const outbox = (type: string) => sg().app.deps.db.manager.find(OutboxRow, { where: { type }, order: { seq: 'ASC' } });
  const payloads = async (type: string) => (await outbox(type)).map((r) => JSON.parse(r.payload));

  return { propertyId, storekeeper, storekeeperId, gm, gmId, ok, call, reason, location, item, receive, issue, onHand, outbox, payloads };
}

export const STOCK_MOVED = 'hotelops.inventory.stock.moved.v1';

/**
 * A property's items and locations on a fresh subgraph, with the receive/issue calls and the
 * ledger reads the core stock tests make; each call acts as the storekeeper unless told otherwise.
 */
export function stockFixture(sg: () => RunningSubgraph) {
  const propertyId = randomUUID();
  const otherPropertyId = randomUUID();
  const storekeeperId = randomUUID();
  const storekeeper = (propertyIds: string[] = [propertyId]) => staff(['storekeeper'], propertyIds, storekeeperId);
  const housekeeper = staff(['housekeeping'], [propertyId]);
  const db = () => sg().app.deps.db.manager;
  let skuSeq = 0;

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
      sg().url,
      `mutation($i: CreateInventoryItemInput!) { createItem(input: $i) { id sku propertyId parLevel reorderPoint } }`,
      { i: input },
      identity,
    );
    return data.createItem as { id: string; sku: string };
  }

  async function createLocation(fields: Record<string, unknown>, identity = storekeeper()) {
    const data = await gqlOk(
      sg().url,
      `mutation($i: CreateInventoryLocationInput!) { createLocation(input: $i) { id code outletId } }`,
      { i: { propertyId, ...fields } },
      identity,
    );
    return data.createLocation as { id: string; code: string; outletId: string | null };
  }

  const receive = (itemId: string, locationId: string, quantity: number, identity = storekeeper(), extra: Record<string, unknown> = {}) =>
    gql(
      sg().url,
      `mutation($i: ReceiveStockInput!) { receiveStock(input: $i) { id kind quantity onHandAfter unitCostMinor reference createdBy { id } } }`,
      { i: { itemId, locationId, quantity, ...extra } },
      identity,
    );

  const issue = (itemId: string, locationId: string, quantity: number, identity = storekeeper()) =>
    gql(
      sg().url,
      `mutation($i: IssueStockInput!) { issueStock(input: $i) { id kind quantity onHandAfter } }`,
      { i: { itemId, locationId, quantity, reference: 'Floor 5' } },
      identity,
    );

  async function onHand(itemId: string, locationId: string): Promise<number | undefined> {
    const data = await gqlOk(
      sg().url,
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

  const queriesOf = async (run: () => Promise<unknown>) => (await countQueries(sg().app, run)).queries;

  const ledgerRows = (itemId: string) =>
    db()
      .query(`SELECT COUNT(*) AS n FROM stock_ledger_entries WHERE item_id = '${itemId}'`)
      .then((r) => Number(r[0].n));
  // StockMoved rows only: level signals (fell low, ran out) are asserted on their own.
  const outboxFor = (itemId: string) => db().find(OutboxRow, { where: { messageKey: itemId, type: STOCK_MOVED }, order: { seq: 'ASC' } });

  return {
    propertyId,
    otherPropertyId,
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
    queriesOf,
    ledgerRows,
    outboxFor,
  };
}
