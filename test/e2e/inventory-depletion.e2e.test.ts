import { OutboxRow } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';
import { startPlatform, type Platform } from './platform';

const MANAGER = '7e57e57e-0000-4000-8000-0000000000b1';
const SERVER = '7e57e57e-0000-4000-8000-0000000000b2';
const CASHIER = '7e57e57e-0000-4000-8000-0000000000b3';
const STOREKEEPER = '7e57e57e-0000-4000-8000-0000000000b4';

/**
 * The closed loop through the gateway over Kafka: a settled sale with a recipe depletes the
 * outlet's stock in inventory exactly once (a redelivered depletion changes nothing), the stock
 * running out reaches F&B and switches the menu item off.
 */
describe('F&B sales deplete inventory; a stock-out switches the menu item off', () => {
  let platform: Platform;
  let t: Record<'manager' | 'server' | 'cashier' | 'storekeeper', string>;

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'kafka' });
    t = {
      manager: await platform.token(['fnb-manager'], ['*'], MANAGER),
      server: await platform.token(['fnb-server'], ['*'], SERVER),
      cashier: await platform.token(['cashier'], ['*'], CASHIER),
      storekeeper: await platform.token(['storekeeper'], ['*'], STOREKEEPER),
    };
  });
  afterAll(() => platform?.stop());

  it('depletes once and switches the dish off when its ingredient runs out', async () => {
    const as =
      (who: keyof typeof t) =>
      (q: string, v: Record<string, unknown> = {}) =>
        platform.ok(q, v, t[who]);
    const [manager, server, cashier, store] = [as('manager'), as('server'), as('cashier'), as('storekeeper')];
    const propertyId = (
      await platform.ok(
        `mutation { createProperty(input: {code: "INV", name: "Inventory Inn", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    const outlet = (
      await manager(
        `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Noodle Bar", kind: RESTAURANT, currency: "CNY", timeZone: "Asia/Shanghai"}) { id } }`,
        { p: propertyId },
      )
    ).createOutlet.id;
    const period = (
      await manager(
        `mutation($o: ID!) { addServicePeriod(input: {outletId: $o, name: "All day", startsAt: "00:00", endsAt: "24:00"}) { id } }`,
        {
          o: outlet,
        },
      )
    ).addServicePeriod.id;
    const checks = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area) => ({ area, label: area, passed: true }));
    await manager(`mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`, {
      i: { outletId: outlet, periodId: period, kind: 'PRE_OPENING', items: checks },
    });
    await manager(`mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { id } }`, { o: outlet, p: period });
    const noodles = (
      await manager(
        `mutation($o: ID!) { createMenuItem(input: {outletId: $o, name: "Hand-pulled noodles", category: "Mains", priceMinor: 3800, course: MAIN, station: HOT}) { id } }`,
        { o: outlet },
      )
    ).createMenuItem.id;

    // The outlet's stock in inventory: 0.6 kg of flour, and a recipe taking 0.15 kg a bowl
    const kitchen = (
      await store(
        `mutation($p: ID!, $o: ID!) { createLocation(input: {propertyId: $p, code: "NB-K", name: "Noodle bar kitchen", kind: OUTLET, outletId: $o}) { id } }`,
        {
          p: propertyId,
          o: outlet,
        },
      )
    ).createLocation.id;
    const flour = (
      await store(
        `mutation($p: ID!) { createItem(input: {propertyId: $p, sku: "IN-FLOUR", name: "Flour", category: INGREDIENT, unit: "kg", parLevel: 5, reorderPoint: 0.5}) { id } }`,
        {
          p: propertyId,
        },
      )
    ).createItem.id;
    await store(
      `mutation($i: ID!, $l: ID!) { receiveStock(input: {itemId: $i, locationId: $l, quantity: 0.6, unitCostMinor: 600}) { id } }`,
      { i: flour, l: kitchen },
    );
    await manager(`mutation($i: RecipeInput!) { setRecipe(input: $i) { version } }`, {
      i: { targetId: noodles, effectiveFrom: '2020-01-01', lines: [{ inventoryItemId: flour, quantity: 0.15, unit: 'kg' }] },
    });
    const available = async () =>
      (await manager(`query($o: ID!) { menu(outletId: $o, category: "Mains") { id available outOfStock } }`, { o: outlet })).menu.find(
        (i: { id: string }) => i.id === noodles,
      );
    expect(await available()).toMatchObject({ available: true });

    // Four bowls sold and settled
    await cashier(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 0) { id } }`, { o: outlet });
    const order = (
      await server(`mutation($i: OpenOrderInput!) { openOrder(input: $i) { id } }`, {
        i: { outletId: outlet, lines: [{ menuItemId: noodles, quantity: 4 }] },
      })
    ).openOrder.id;
    await server(`mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: order });
    const [bill] = (
      await server(`mutation($id: ID!) { createBills(orderId: $id, split: {mode: SINGLE}) { id total { amountMinor } } }`, { id: order })
    ).createBills;
    await cashier(`mutation($id: ID!, $a: Int!) { settleBill(id: $id, tenders: [{method: CASH, amountMinor: $a}]) { status } }`, {
      id: bill.id,
      a: bill.total.amountMinor,
    });

    const onHand = async () =>
      (
        await store(`query($p: ID!, $i: ID, $l: ID) { stockLevels(propertyId: $p, itemId: $i, locationId: $l) { onHand } }`, {
          p: propertyId,
          i: flour,
          l: kitchen,
        })
      ).stockLevels[0].onHand;
    const consumptionLedger = async () =>
      (
        await store(`query($i: ID!) { stockLedger(itemId: $i, first: 20) { nodes { kind quantity valueMinor } } }`, { i: flour })
      ).stockLedger.nodes.filter((n: { kind: string }) => n.kind === 'CONSUMPTION');
    await eventually(async () => expect(await onHand()).toBe(0), 30_000);
    expect(await consumptionLedger()).toEqual([{ kind: 'CONSUMPTION', quantity: 0.6, valueMinor: 360 }]);

    // The stock-out reaches F&B: the dish is off the menu
    await eventually(async () => expect(await available()).toMatchObject({ available: false, outOfStock: ['Flour'] }), 30_000);

    // The depletion delivered again over Kafka: booked once
    const fnb = platform.subgraphs.fnb.app;
    const row = await fnb.deps.db.manager.findOneByOrFail(OutboxRow, { type: 'hotelops.fnb.depletion.recorded.v1', messageKey: order });
    await fnb.transport.publish([{ topic: row.topic, key: row.messageKey, headers: row.headers, value: row.payload }]);
    const duplicates = async () =>
      (await platform.subgraphs.inventory.app.metrics.eventsConsumed.get()).values.find(
        (v) => v.labels.type === row.type && v.labels.outcome === 'duplicate',
      )?.value ?? 0;
    await eventually(async () => expect(await duplicates()).toBe(1), 30_000);
    expect(await consumptionLedger()).toHaveLength(1);
    expect(await onHand()).toBe(0);

    // Restocking switches it back on
    await store(
      `mutation($i: ID!, $l: ID!) { receiveStock(input: {itemId: $i, locationId: $l, quantity: 2, unitCostMinor: 600}) { id } }`,
      { i: flour, l: kitchen },
    );
    await eventually(async () => expect(await available()).toMatchObject({ available: true }), 30_000);
  });
});
