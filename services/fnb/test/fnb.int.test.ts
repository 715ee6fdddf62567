import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph, countQueries } from '@hotelops/testing';
import { fnbSubgraph, seedDemo } from '@hotelops/fnb';

const PROPERTY = '6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f40';
const OTHER_PROPERTY = '00000000-0000-4000-8000-000000000000';
const STAY_A = '1a2b3c4d-0000-4000-8000-00000000000a';
const STAY_B = '1a2b3c4d-0000-4000-8000-00000000000b';
const STAY_C = '1a2b3c4d-0000-4000-8000-00000000000c';
const STAY_D = '1a2b3c4d-0000-4000-8000-00000000000d';
const SERVER_ID = '7e57e57e-0000-4000-8000-000000000001';

const server = (propertyIds = [PROPERTY]) => staff(['fnb-server'], propertyIds, SERVER_ID);
const fnbManager = (propertyIds = [PROPERTY]) => staff(['fnb-manager'], propertyIds);

const ORDER_FIELDS = `id status tableNumber settlement paymentMethod voidReason voidedBy settledAt total { amountMinor currency }
  lines { name quantity unitPrice { amountMinor } amount { amountMinor } sentAt } reservation { id }`;

describe.each(DIALECTS)('fnb subgraph on %s', (dialect) => {
  let sg: RunningSubgraph;
  let outletId: string;
  let otherOutletId: string;
  const item: Record<'fish' | 'rice' | 'tea' | 'soldOut' | 'elsewhere', string> = {} as never;

  beforeAll(async () => {
    sg = await startSubgraph(fnbSubgraph, { dialect });
    const o = await gqlOk(
      sg.url,
      `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Jade Garden", kind: RESTAURANT, currency: "CNY"}) { id } }`,
      { p: PROPERTY },
      fnbManager(),
    );
    outletId = o.createOutlet.id;
    const bar = await gqlOk(
      sg.url,
      `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Lobby Bar", kind: BAR, currency: "CNY"}) { id } }`,
      { p: PROPERTY },
      fnbManager(),
    );
    otherOutletId = bar.createOutlet.id;
    const add = async (outlet: string, name: string, category: string, priceMinor: number, available = true) => {
      const r = await gqlOk(
        sg.url,
        `mutation($o: ID!, $n: String!, $c: String!, $p: Int!) { createMenuItem(input: {outletId: $o, name: $n, category: $c, priceMinor: $p, specialty: true}) { id } }`,
        { o: outlet, n: name, c: category, p: priceMinor },
        fnbManager(),
      );
      const id = r.createMenuItem.id;
      if (!available)
        await gqlOk(
          sg.url,
          `mutation($id: ID!) { setMenuItemAvailability(id: $id, available: false) { available } }`,
          { id },
          fnbManager(),
        );
      return id;
    };
    item.fish = await add(outletId, 'West Lake Vinegar Fish', 'Mains', 16800);
    item.rice = await add(outletId, 'Yangzhou Fried Rice', 'Staples', 4800);
    item.tea = await add(outletId, 'Longjing Tea', 'Drinks', 2500);
    item.soldOut = await add(outletId, 'Dongpo Pork', 'Mains', 8800, false);
    item.elsewhere = await add(otherOutletId, 'Negroni', 'Cocktails', 8800);
  });
  afterAll(() => sg?.stop());

  const open = (
    lines: { menuItemId: string; quantity: number }[],
    extra: { tableNumber?: string; reservationId?: string } = {},
    identity = server(),
  ) =>
    gql(
      sg.url,
      `mutation($input: OpenOrderInput!) { openOrder(input: $input) { ${ORDER_FIELDS} } }`,
      { input: { outletId, lines, ...extra } },
      identity,
    );
  const openOk = async (
    lines: { menuItemId: string; quantity: number }[],
    extra: { tableNumber?: string; reservationId?: string } = {},
  ) => {
    const r = await open(lines, extra);
    expect(r.errors).toBeUndefined();
    return r.data!.openOrder;
  };
  const send = (id: string) => gqlOk(sg.url, `mutation($id: ID!) { sendOrderToKitchen(id: $id) { status } }`, { id }, server());
  const settle = (id: string, args: string, identity = server()) =>
    gql(sg.url, `mutation($id: ID!) { settleOrder(id: $id, ${args}) { ${ORDER_FIELDS} } }`, { id }, identity);
  const eventsOf = (orderId: string) => sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: orderId }, order: { seq: 'ASC' } });
  const queriesOf = <T>(run: () => Promise<T>) => countQueries(sg.app, run);
  const orderState = async (id: string) => (await gqlOk(sg.url, `query($id: ID!) { order(id: $id) { ${ORDER_FIELDS} } }`, { id })).order;

  it('takes an order from table to settlement, pricing lines as ordered and keeping the total', async () => {
    const order = await openOk(
      [
        { menuItemId: item.fish, quantity: 1 },
        { menuItemId: item.tea, quantity: 2 },
      ],
      { tableNumber: 'A12' },
    );
    expect(order).toMatchObject({
      status: 'OPEN',
      tableNumber: 'A12',
      reservation: null,
      total: { amountMinor: 16800 + 2 * 2500, currency: 'CNY' },
    });
    expect(order.lines).toEqual([
      { name: 'West Lake Vinegar Fish', quantity: 1, unitPrice: { amountMinor: 16800 }, amount: { amountMinor: 16800 }, sentAt: null },
      { name: 'Longjing Tea', quantity: 2, unitPrice: { amountMinor: 2500 }, amount: { amountMinor: 5000 }, sentAt: null },
    ]);

    expect((await send(order.id)).sendOrderToKitchen.status).toBe('SENT');
    // More dishes after the kitchen has the order: it reopens until the new line is sent too.
    const more = await gqlOk(
      sg.url,
      `mutation($id: ID!, $l: [OrderLineInput!]!) { addOrderLines(id: $id, lines: $l) { ${ORDER_FIELDS} } }`,
      { id: order.id, l: [{ menuItemId: item.rice, quantity: 3 }] },
      server(),
    );
    expect(more.addOrderLines.status).toBe('OPEN');
    expect(more.addOrderLines.total.amountMinor).toBe(16800 + 5000 + 3 * 4800);
    expect(more.addOrderLines.lines.map((l: { sentAt: string | null }) => l.sentAt !== null)).toEqual([true, true, false]);
    expect((await settle(order.id, 'settlement: DIRECT, paymentMethod: CARD')).errors?.[0].extensions).toMatchObject({
      reason: 'ORDER.INVALID_TRANSITION',
      status: 'OPEN',
    });
    await send(order.id);

    const settled = await settle(order.id, 'settlement: DIRECT, paymentMethod: CARD');
    expect(settled.errors).toBeUndefined();
    expect(settled.data!.settleOrder).toMatchObject({
      status: 'SETTLED',
      settlement: 'DIRECT',
      paymentMethod: 'CARD',
      total: { amountMinor: 36200, currency: 'CNY' },
    });
    expect(settled.data!.settleOrder.settledAt).toEqual(expect.any(String));

    const events = await eventsOf(order.id);
    expect(events.map((e) => e.type)).toEqual(['hotelops.fnb.order.settled.v1']);
    expect(JSON.parse(events[0].payload)).toMatchObject({
      orderId: order.id,
      propertyId: PROPERTY,
      outletId,
      outletName: 'Jade Garden',
      settlement: 'DIRECT',
      reservationId: null,
      total: { amountMinor: 36200, currency: 'CNY' },
      lines: [
        { menuItemId: item.fish, name: 'West Lake Vinegar Fish', quantity: 1, unitPrice: { amountMinor: 16800, currency: 'CNY' } },
        { menuItemId: item.tea, name: 'Longjing Tea', quantity: 2, unitPrice: { amountMinor: 2500, currency: 'CNY' } },
        { menuItemId: item.rice, name: 'Yangzhou Fried Rice', quantity: 3, unitPrice: { amountMinor: 4800, currency: 'CNY' } },
      ],
    });
  });

  it('charges a stay once: one OrderSettled event, and a second settle is refused naming the status', async () => {
    const order = await openOk([{ menuItemId: item.rice, quantity: 2 }], { reservationId: STAY_A });
    expect(order.reservation).toEqual({ id: STAY_A });
    await send(order.id);

    const settled = await settle(order.id, 'settlement: ROOM_CHARGE');
    expect(settled.errors).toBeUndefined();
    expect(settled.data!.settleOrder).toMatchObject({
      status: 'SETTLED',
      settlement: 'ROOM_CHARGE',
      paymentMethod: null,
      reservation: { id: STAY_A },
    });

    const again = await settle(order.id, 'settlement: ROOM_CHARGE');
    expect(again.errors?.[0].message).toMatch(/cannot settle an order that is SETTLED/);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORDER.INVALID_TRANSITION', status: 'SETTLED' });

    const events = await eventsOf(order.id);
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].payload)).toMatchObject({
      settlement: 'ROOM_CHARGE',
      reservationId: STAY_A,
      total: { amountMinor: 9600, currency: 'CNY' },
    });
    expect(events[0].headers).toMatchObject({ ce_type: 'hotelops.fnb.order.settled.v1', ce_subject: order.id, ce_propertyid: PROPERTY });
    expect(events[0].topic).toBe('hotelops.fnb.order');
  });

  it('lets only one of two tills settling the same bill at once succeed', async () => {
    const order = await openOk([{ menuItemId: item.fish, quantity: 1 }], { reservationId: STAY_D });
    await send(order.id);
    const results = await Promise.all([
      settle(order.id, 'settlement: ROOM_CHARGE'),
      settle(order.id, 'settlement: DIRECT, paymentMethod: CASH'),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({ reason: 'ORDER.INVALID_TRANSITION', status: 'SETTLED' });
    expect(await eventsOf(order.id)).toHaveLength(1);
  });

  it('takes the stay for a room charge at settlement when the order was opened without one', async () => {
    const order = await openOk([{ menuItemId: item.tea, quantity: 1 }]);
    await send(order.id);
    const refused = await settle(order.id, 'settlement: ROOM_CHARGE');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORDER.ROOM_CHARGE_NEEDS_RESERVATION' });
    expect((await orderState(order.id)).status).toBe('SENT');
    expect(await eventsOf(order.id)).toHaveLength(0);

    const settled = await settle(order.id, `settlement: ROOM_CHARGE, reservationId: "${STAY_B}"`);
    expect(settled.data?.settleOrder).toMatchObject({ status: 'SETTLED', reservation: { id: STAY_B } });
    const events = await eventsOf(order.id);
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0].payload)).toMatchObject({ settlement: 'ROOM_CHARGE', reservationId: STAY_B, total: { amountMinor: 2500 } });
  });

  it('names what was wrong with bad input and changes nothing', async () => {
    const ordersBefore = await sg.app.deps.db.manager.count(OutboxRow);
    const listBefore = (await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, first: 100) { nodes { id } } }`, { o: outletId })).orders
      .nodes.length;

    const soldOut = await open([
      { menuItemId: item.fish, quantity: 1 },
      { menuItemId: item.soldOut, quantity: 1 },
    ]);
    expect(soldOut.errors?.[0].message).toBe('Dongpo Pork is not available at Jade Garden right now');
    expect(soldOut.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'MENU_ITEM.UNAVAILABLE', menuItemId: item.soldOut });

    const empty = await open([]);
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORDER.EMPTY' });
    expect(empty.errors?.[0].message).toMatch(/at least one line/);

    const wrongOutlet = await open([{ menuItemId: item.elsewhere, quantity: 1 }]);
    expect(wrongOutlet.errors?.[0].message).toBe(`Menu item ${item.elsewhere} is not on the menu of Jade Garden`);
    expect(wrongOutlet.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MENU_ITEM.NOT_FOUND' });

    const zero = await open([{ menuItemId: item.fish, quantity: 0 }]);
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
    expect(zero.errors?.[0].message).toBe('quantity must be a whole number from 1 to 99, got 0');

    const badTable = await open([{ menuItemId: item.fish, quantity: 1 }], { tableNumber: 'table twelve!' });
    expect(badTable.errors?.[0].message).toMatch(/tableNumber must be 1–10 letters/);

    const order = await openOk([{ menuItemId: item.fish, quantity: 1 }]);
    const addSoldOut = await gql(
      sg.url,
      `mutation($id: ID!, $l: [OrderLineInput!]!) { addOrderLines(id: $id, lines: $l) { id } }`,
      { id: order.id, l: [{ menuItemId: item.soldOut, quantity: 1 }] },
      server(),
    );
    expect(addSoldOut.errors?.[0].extensions).toMatchObject({ reason: 'MENU_ITEM.UNAVAILABLE' });
    const addHundred = await gql(
      sg.url,
      `mutation($id: ID!, $l: [OrderLineInput!]!) { addOrderLines(id: $id, lines: $l) { id } }`,
      { id: order.id, l: [{ menuItemId: item.rice, quantity: 100 }] },
      server(),
    );
    expect(addHundred.errors?.[0]).toMatchObject({
      message: 'quantity must be a whole number from 1 to 99, got 100',
      extensions: { reason: 'INPUT.INVALID' },
    });
    const addNothing = await gql(sg.url, `mutation($id: ID!) { addOrderLines(id: $id, lines: []) { id } }`, { id: order.id }, server());
    expect(addNothing.errors?.[0].extensions).toMatchObject({ reason: 'ORDER.EMPTY' });
    await send(order.id);
    const noMethod = await settle(order.id, 'settlement: DIRECT');
    expect(noMethod.errors?.[0].message).toMatch(/DIRECT settlement needs a paymentMethod/);
    const noReason = await gql(sg.url, `mutation($id: ID!) { voidOrder(id: $id, reason: "  ") { id } }`, { id: order.id }, server());
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', field: 'reason' });

    const after = await orderState(order.id);
    expect(after).toMatchObject({ status: 'SENT', total: { amountMinor: 16800 }, voidReason: null });
    expect(after.lines).toHaveLength(1);
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(ordersBefore);
    const listAfter = (await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, first: 100) { nodes { id } } }`, { o: outletId })).orders
      .nodes.length;
    expect(listAfter).toBe(listBefore + 1);
  });

  it('voids an unsettled order with the reason and who voided it; a voided order cannot be settled', async () => {
    const order = await openOk([{ menuItemId: item.fish, quantity: 1 }]);
    await send(order.id);
    const voided = await gqlOk(
      sg.url,
      `mutation($id: ID!) { voidOrder(id: $id, reason: "Guest left before the fish was served") { ${ORDER_FIELDS} } }`,
      { id: order.id },
      server(),
    );
    expect(voided.voidOrder).toMatchObject({ status: 'VOIDED', voidReason: 'Guest left before the fish was served', voidedBy: SERVER_ID });
    const late = await settle(order.id, 'settlement: DIRECT, paymentMethod: CASH');
    expect(late.errors?.[0].message).toMatch(/cannot settle an order that is VOIDED/);
    expect(await eventsOf(order.id)).toHaveLength(0);
  });

  it('lets only F&B staff of the property act on orders', async () => {
    const order = await openOk([{ menuItemId: item.tea, quantity: 1 }]);
    await send(order.id);

    const housekeeper = await settle(order.id, 'settlement: DIRECT, paymentMethod: CASH', staff(['housekeeping'], [PROPERTY]));
    expect(housekeeper.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });

    const otherHotel = await settle(order.id, 'settlement: DIRECT, paymentMethod: CASH', server([OTHER_PROPERTY]));
    expect(otherHotel.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const otherOpen = await open([{ menuItemId: item.tea, quantity: 1 }], {}, server([OTHER_PROPERTY]));
    expect(otherOpen.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const otherList = await gql(
      sg.url,
      `query($o: ID!) { orders(outletId: $o) { nodes { id } } }`,
      { o: outletId },
      server([OTHER_PROPERTY]),
    );
    expect(otherList.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });

    const serverEditsMenu = await gql(
      sg.url,
      `mutation($id: ID!) { setMenuItemAvailability(id: $id, available: false) { id } }`,
      { id: item.tea },
      server(),
    );
    expect(serverEditsMenu.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });

    expect((await orderState(order.id)).status).toBe('SENT');
    expect(await eventsOf(order.id)).toHaveLength(0);
  });

  it('resolves any number of order references with one query', async () => {
    const list = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, first: 100) { nodes { id } } }`, { o: outletId });
    const ids: string[] = list.orders.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(5);
    const { result: r, queries } = await queriesOf(() =>
      gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id status total { amountMinor currency } } } }`,
        {
          r: ids.map((id) => ({ __typename: 'Order', id })),
        },
      ),
    );
    expect(r._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
  });

  it("adds each stay's F&B orders to Reservation with a bounded number of queries", async () => {
    const a1 = await openOk([{ menuItemId: item.tea, quantity: 1 }], { reservationId: STAY_C });
    const a2 = await openOk([{ menuItemId: item.fish, quantity: 2 }], { reservationId: STAY_C });
    const reps = [STAY_A, STAY_B, STAY_C, '1a2b3c4d-0000-4000-8000-0000000000ff'].map((id) => ({ __typename: 'Reservation', id }));
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id fnbOrders { id total { amountMinor } lines { name } } } } }`;

    const { result: r, queries } = await queriesOf(() => gqlOk(sg.url, query, { r: reps }));
    expect(queries).toBeLessThanOrEqual(2);
    const byStay = Object.fromEntries(r._entities.map((e: { id: string; fnbOrders: { id: string }[] }) => [e.id, e.fnbOrders]));
    expect(byStay[STAY_A]).toHaveLength(1);
    expect(byStay[STAY_A][0]).toMatchObject({ total: { amountMinor: 9600 }, lines: [{ name: 'Yangzhou Fried Rice' }] });
    expect(byStay[STAY_B]).toHaveLength(1);
    expect(byStay[STAY_C]).toEqual([
      { id: a1.id, total: { amountMinor: 2500 }, lines: [{ name: 'Longjing Tea' }] },
      { id: a2.id, total: { amountMinor: 33600 }, lines: [{ name: 'West Lake Vinegar Fish' }] },
    ]);
    expect(byStay['1a2b3c4d-0000-4000-8000-0000000000ff']).toEqual([]);

    // Orders of a property the caller cannot see are left out.
    const outsider = await gqlOk(sg.url, query, { r: reps }, server([OTHER_PROPERTY]));
    expect(outsider._entities.every((e: { fnbOrders: unknown[] }) => e.fnbOrders.length === 0)).toBe(true);
  });

  it("filters and pages an outlet's orders by status", async () => {
    const page = (after: string | null) =>
      gqlOk(
        sg.url,
        `query($o: ID!, $a: String) { orders(outletId: $o, status: SETTLED, first: 2, after: $a) { nodes { id status } pageInfo { hasNextPage endCursor } } }`,
        { o: outletId, a: after },
      );
    const all = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, status: SETTLED, first: 100) { nodes { id status } } }`, {
      o: outletId,
    });
    expect(all.orders.nodes.length).toBeGreaterThanOrEqual(3);
    expect(all.orders.nodes.every((n: { status: string }) => n.status === 'SETTLED')).toBe(true);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const p = (await page(after)).orders;
      expect(p.nodes.length).toBeLessThanOrEqual(2);
      seen.push(...p.nodes.map((n: { id: string }) => n.id));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.orders.nodes.map((n: { id: string }) => n.id));
  });

  it('lists outlets and menus of a property', async () => {
    const outlets = await gqlOk(
      sg.url,
      `query($p: ID!) { outlets(propertyId: $p) { name kind property { id } } }`,
      { p: PROPERTY },
      server(),
    );
    expect(outlets.outlets).toEqual([
      { name: 'Jade Garden', kind: 'RESTAURANT', property: { id: PROPERTY } },
      { name: 'Lobby Bar', kind: 'BAR', property: { id: PROPERTY } },
    ]);
    const mains = await gqlOk(
      sg.url,
      `query($o: ID!) { menu(outletId: $o, category: "Mains") { name available specialty price { amountMinor currency } } }`,
      { o: outletId },
      server(),
    );
    expect(mains.menu).toEqual([
      { name: 'Dongpo Pork', available: false, specialty: true, price: { amountMinor: 8800, currency: 'CNY' } },
      { name: 'West Lake Vinegar Fish', available: true, specialty: true, price: { amountMinor: 16800, currency: 'CNY' } },
    ]);
    const forbidden = await gql(sg.url, `query($p: ID!) { outlets(propertyId: $p) { id } }`, { p: PROPERTY }, server([OTHER_PROPERTY]));
    expect(forbidden.errors?.[0].extensions).toMatchObject({ reason: 'AUTH.PROPERTY_FORBIDDEN' });
  });

  it('seeds a demo property once: three outlets with menus and an open room-service order', async () => {
    const demoProperty = '9d9d9d9d-0000-4000-8000-000000000001';
    const first = await seedDemo(sg.app.deps, { propertyId: demoProperty, currency: 'CNY', inHouseReservationIds: [STAY_A, STAY_B] });
    expect(first.outlets.map((o) => o.kind).sort()).toEqual(['BAR', 'RESTAURANT', 'ROOM_SERVICE']);
    expect(first.outlets.find((o) => o.kind === 'RESTAURANT')!.name).toContain('中餐厅');
    for (const outlet of first.outlets) {
      const menu = (
        await gqlOk(sg.url, `query($o: ID!) { menu(outletId: $o) { specialty price { amountMinor currency } } }`, { o: outlet.id })
      ).menu;
      expect(menu.length).toBeGreaterThanOrEqual(10);
      expect(menu.length).toBeLessThanOrEqual(15);
      expect(menu.some((m: { specialty: boolean }) => m.specialty)).toBe(true);
      expect(
        menu.every((m: { price: { amountMinor: number; currency: string } }) => m.price.currency === 'CNY' && m.price.amountMinor >= 100),
      ).toBe(true);
    }
    const roomService = first.outlets.find((o) => o.kind === 'ROOM_SERVICE')!;
    const orders = (
      await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o) { nodes { status reservation { id } total { amountMinor } } } }`, {
        o: roomService.id,
      })
    ).orders.nodes;
    expect(orders).toEqual([{ status: 'OPEN', reservation: { id: STAY_A }, total: { amountMinor: 6800 + 6800 + 2 * 3800 } }]);

    const outboxBefore = await sg.app.deps.db.manager.count(OutboxRow);
    const second = await seedDemo(sg.app.deps, { propertyId: demoProperty, currency: 'CNY', inHouseReservationIds: [STAY_A] });
    expect(second.outlets.map((o) => o.id).sort()).toEqual(first.outlets.map((o) => o.id).sort());
    const ordersAgain = (await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o) { nodes { id } } }`, { o: roomService.id })).orders
      .nodes;
    expect(ordersAgain).toHaveLength(1);
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(outboxBefore);
  });
});
