import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';

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
