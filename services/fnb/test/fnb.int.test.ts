import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, countQueries, gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';
import {
  OTHER_PROPERTY,
  PROPERTY,
  SERVER_ID,
  cashier,
  checkIn,
  fnbManager,
  m,
  openRestaurant,
  server,
  startFnb,
  WallClock,
  type Outlet,
} from './fnb-fixture';

const STAY_A = '1a2b3c4d-0000-4000-8000-00000000000a';
const STAY_C = '1a2b3c4d-0000-4000-8000-00000000000c';

const ORDER_FIELDS = `id status kind tableNumber covers voidReason total { amountMinor currency }
  lines { id name seat course station status quantity unitPrice { amountMinor } amount { amountMinor } modifiers { name priceDeltaMinor } firedAt } reservation { id }`;

describe.each(DIALECTS)('fnb orders, tables and kitchen on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  const clock = new WallClock('19:00');

  beforeAll(async () => {
    sg = await startFnb(dialect, clock);
    r = await openRestaurant(sg);
  });
  afterAll(() => sg?.stop());

  const open = (input: Record<string, unknown>, identity = server()) =>
    gql(
      sg.url,
      `mutation($input: OpenOrderInput!) { openOrder(input: $input) { ${ORDER_FIELDS} } }`,
      { input: { outletId: r.id, ...input } },
      identity,
    );
  const seat = (table: string, covers: number) =>
    gqlOk(
      sg.url,
      `mutation($t: ID!, $c: Int!) { seatTable(tableId: $t, covers: $c) { status covers } }`,
      { t: r.tables[table], c: covers },
      server(),
    );
  const tableOf = async (n: string) =>
    (
      await gqlOk(sg.url, `query($o: ID!) { diningTables(outletId: $o) { id number status covers orderId mergedIntoId server { id } } }`, {
        o: r.id,
      })
    ).diningTables.find((t: { number: string }) => t.number === n);

  it('seats a party, takes lines with seats and modifiers, fires courses as one ticket per station', async () => {
    expect((await seat('T1', 2)).seatTable).toEqual({ status: 'SEATED', covers: 2 });
    const opened = await open({
      kind: 'DINE_IN',
      tableId: r.tables.T1,
      lines: [
        { menuItemId: r.item.salad, quantity: 1, seat: 1 },
        {
          menuItemId: r.item.noodles,
          quantity: 2,
          seat: 2,
          modifierIds: [r.modifier.Hot, r.modifier['Extra shrimp'], r.modifier.Egg],
          note: 'no coriander',
        },
        { menuItemId: r.item.tea, quantity: 1, seat: 1 },
        { menuItemId: r.item.cake, quantity: 1, seat: 2 },
      ],
    });
    expect(opened.errors).toBeUndefined();
    const order = opened.data!.openOrder;
    expect(order).toMatchObject({
      status: 'OPEN',
      kind: 'DINE_IN',
      tableNumber: 'T1',
      covers: 2,
      total: { amountMinor: 2800 + 2 * (4800 + 2000 + 500) + 2500 + 3800, currency: 'CNY' },
    });
    expect(order.lines[1]).toMatchObject({
      seat: 2,
      course: 'MAIN',
      station: 'HOT',
      unitPrice: { amountMinor: 7300 },
      amount: { amountMinor: 14600 },
    });
    expect(order.lines[1].modifiers.map((x: { name: string }) => x.name)).toEqual(['Hot', 'Extra shrimp', 'Egg']);
    expect((await tableOf('T1')).status).toBe('ORDERED');

    const fired = await gqlOk(
      sg.url,
      `mutation($id: ID!) { fireOrder(id: $id, courses: [DRINK, STARTER]) { lines { course firedAt } } }`,
      { id: order.id },
      server(),
    );
    expect(fired.fireOrder.lines.map((l: { course: string; firedAt: string | null }) => [l.course, l.firedAt !== null])).toEqual([
      ['STARTER', true],
      ['MAIN', false],
      ['DRINK', true],
      ['DESSERT', false],
    ]);
    const queue = async (station?: string) =>
      (
        await gqlOk(
          sg.url,
          `query($o: ID!, $s: KitchenStation) { kitchenTickets(outletId: $o, station: $s) { id station courses status tableNumber lines { name } } }`,
          { o: r.id, s: station },
        )
      ).kitchenTickets;
    expect(await queue('COLD')).toEqual([
      {
        id: expect.any(String),
        station: 'COLD',
        courses: 'STARTER',
        status: 'NEW',
        tableNumber: 'T1',
        lines: [{ name: 'Smashed Cucumber' }],
      },
    ]);
    expect((await queue('BAR')).map((t: { lines: unknown[] }) => t.lines)).toEqual([[{ name: 'Longjing Tea' }]]);
    expect(await queue('HOT')).toEqual([]);

    await gqlOk(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: order.id }, server());
    const again = await gql(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: order.id }, server());
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ORDER.INVALID_TRANSITION' });
    const hot = (await queue('HOT'))[0];
    const step = (name: string) =>
      gql(sg.url, `mutation($id: ID!) { ${name}(id: $id) { status startedAt readyAt servedAt } }`, { id: hot.id }, server());
    expect((await step('markTicketReady')).errors?.[0].extensions).toMatchObject({ reason: 'TICKET.INVALID_TRANSITION', status: 'NEW' });
    expect((await step('startTicket')).data!.startTicket).toMatchObject({
      status: 'IN_PREPARATION',
      startedAt: expect.any(String),
      readyAt: null,
    });
    expect((await step('markTicketReady')).data!.markTicketReady.status).toBe('READY');
    expect((await step('serveTicket')).data!.serveTicket).toMatchObject({ status: 'SERVED', servedAt: expect.any(String) });
    expect((await queue('HOT')).length).toBe(0);
  });

  it('refuses lines that break a modifier group, the menu or the bounds, and changes nothing', async () => {
    await seat('T2', 3);
    const before = await sg.app.deps.db.manager.count(OutboxRow);
    const tooMany = await open({
      kind: 'DINE_IN',
      tableId: r.tables.T2,
      lines: [
        {
          menuItemId: r.item.noodles,
          quantity: 1,
          modifierIds: [r.modifier.Hot, r.modifier.Egg, r.modifier.Tofu, r.modifier['Extra shrimp']],
        },
      ],
    });
    expect(tooMany.errors?.[0]).toMatchObject({
      message: 'Dan Dan Noodles: Extras: choose 0–2, got 3',
      extensions: { code: 'BAD_USER_INPUT', reason: 'MODIFIER.SELECTION_INVALID' },
    });
    const none = await open({ kind: 'DINE_IN', tableId: r.tables.T2, lines: [{ menuItemId: r.item.noodles, quantity: 1 }] });
    expect(none.errors?.[0].message).toBe('Dan Dan Noodles: Spice: choose 1, got 0');
    const stray = await open({
      kind: 'DINE_IN',
      tableId: r.tables.T2,
      lines: [{ menuItemId: r.item.fish, quantity: 1, modifierIds: [r.modifier.Hot] }],
    });
    expect(stray.errors?.[0]).toMatchObject({
      message: `Modifier ${r.modifier.Hot} is not offered with West Lake Fish`,
      extensions: { code: 'NOT_FOUND', reason: 'MODIFIER.NOT_FOUND' },
    });
    const q = await open({ kind: 'DINE_IN', tableId: r.tables.T2, lines: [{ menuItemId: r.item.fish, quantity: 1000 }] });
    expect(q.errors?.[0]).toMatchObject({
      message: 'quantity must be a whole number from 1 to 999, got 1000',
      extensions: { reason: 'INPUT.INVALID' },
    });
    const abalone = (
      await m(
        sg,
        `mutation($o: ID!) { createMenuItem(input: {outletId: $o, name: "Abalone feast", category: "Mains", priceMinor: 1000000}) { id } }`,
        { o: r.id },
      )
    ).createMenuItem.id;
    const bigLine = await open({ kind: 'DINE_IN', tableId: r.tables.T2, lines: [{ menuItemId: abalone, quantity: 101 }] });
    expect(bigLine.errors?.[0].message).toBe('a line may come to at most 100000000 minor units, got 101000000');
    const empty = await open({ kind: 'DINE_IN', tableId: r.tables.T2, lines: [] });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'ORDER.EMPTY' });
    const noTable = await open({ kind: 'DINE_IN', lines: [{ menuItemId: r.item.fish, quantity: 1 }] });
    expect(noTable.errors?.[0].extensions).toMatchObject({ reason: 'ORDER.NEEDS_TABLE' });
    const freeTable = await open({ kind: 'DINE_IN', tableId: r.tables.T6, lines: [{ menuItemId: r.item.fish, quantity: 1 }] });
    expect(freeTable.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/cannot take an order at a table that is FREE/),
      extensions: { reason: 'TABLE.INVALID_TRANSITION' },
    });
    const unknown = await open({ kind: 'WALK_IN', lines: [{ menuItemId: '00000000-0000-4000-8000-0000000000ff', quantity: 1 }] });
    expect(unknown.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'MENU_ITEM.NOT_FOUND' });
    const badSeat = await open({ kind: 'WALK_IN', lines: [{ menuItemId: r.item.fish, quantity: 1, seat: 0 }] });
    expect(badSeat.errors?.[0].message).toBe('seat must be 1–99, got 0');
    const unknownOutlet = await gql(
      sg.url,
      `mutation { openOrder(input: {outletId: "00000000-0000-4000-8000-0000000000ee", lines: [{menuItemId: "00000000-0000-4000-8000-0000000000ff", quantity: 1}]}) { id } }`,
      {},
      server(),
    );
    expect(unknownOutlet.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'OUTLET.NOT_FOUND' });
    const roomService = await open({ kind: 'ROOM_SERVICE', reservationId: STAY_C, lines: [{ menuItemId: r.item.fish, quantity: 1 }] });
    expect(roomService.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/not checked in/),
      extensions: { reason: 'BILL.STAY_NOT_IN_HOUSE' },
    });

    expect((await tableOf('T2')).status).toBe('SEATED');
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(before);
  });

  it('transfers a party with its order and merges two parties at one table', async () => {
    await seat('T3', 2);
    const order = (await open({ kind: 'DINE_IN', tableId: r.tables.T3, lines: [{ menuItemId: r.item.tea, quantity: 2 }] })).data!.openOrder;
    const moved = await gqlOk(
      sg.url,
      `mutation($a: ID!, $b: ID!) { transferTable(fromTableId: $a, toTableId: $b) { number status covers orderId } }`,
      { a: r.tables.T3, b: r.tables.T4 },
      server(),
    );
    expect(moved.transferTable).toEqual({ number: 'T4', status: 'ORDERED', covers: 2, orderId: order.id });
    expect(await tableOf('T3')).toMatchObject({ status: 'FREE', covers: 0, orderId: null });
    const toTaken = await gql(
      sg.url,
      `mutation($a: ID!, $b: ID!) { transferTable(fromTableId: $a, toTableId: $b) { id } }`,
      { a: r.tables.T4, b: r.tables.T1 },
      server(),
    );
    expect(toTaken.errors?.[0].extensions).toMatchObject({ reason: 'TABLE.INVALID_TRANSITION', status: 'ORDERED' });

    await seat('T5', 3);
    const merged = await gqlOk(
      sg.url,
      `mutation($a: ID!, $b: ID!) { mergeTables(targetTableId: $a, sourceTableId: $b) { number covers orderId } }`,
      { a: r.tables.T4, b: r.tables.T5 },
      server(),
    );
    expect(merged.mergeTables).toEqual({ number: 'T4', covers: 5, orderId: order.id });
    expect((await tableOf('T5')).mergedIntoId).toBe(r.tables.T4);
  });

  it('charges room service only to a stay in house and links it to the stay for VIP flags', async () => {
    await checkIn(sg, STAY_A);
    const opened = await open({ kind: 'ROOM_SERVICE', reservationId: STAY_A, lines: [{ menuItemId: r.item.fish, quantity: 1 }] });
    expect(opened.errors).toBeUndefined();
    expect(opened.data!.openOrder).toMatchObject({ kind: 'ROOM_SERVICE', reservation: { id: STAY_A }, tableNumber: null });
  });

  it('lets only F&B staff of the property act on orders', async () => {
    const walkIn = (await open({ kind: 'WALK_IN', lines: [{ menuItemId: r.item.tea, quantity: 1 }] })).data!.openOrder;
    const housekeeper = await gql(
      sg.url,
      `mutation($id: ID!) { fireOrder(id: $id) { id } }`,
      { id: walkIn.id },
      staff(['housekeeping'], [PROPERTY]),
    );
    expect(housekeeper.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
    const otherHotel = await gql(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: walkIn.id }, server([OTHER_PROPERTY]));
    expect(otherHotel.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const serverEditsMenu = await gql(
      sg.url,
      `mutation($id: ID!) { setMenuItemAvailability(id: $id, available: false) { id } }`,
      { id: r.item.tea },
      server(),
    );
    expect(serverEditsMenu.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const cashierSettlesNothing = await gql(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: walkIn.id }, cashier());
    expect(cashierSettlesNothing.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const otherList = await gql(sg.url, `query($o: ID!) { orders(outletId: $o) { nodes { id } } }`, { o: r.id }, server([OTHER_PROPERTY]));
    expect(otherList.errors?.[0].extensions).toMatchObject({ reason: 'AUTH.PROPERTY_FORBIDDEN' });
  });

  it('changes a price from a time on; orders keep the price they were taken at', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const changed = await m(
      sg,
      `mutation($id: ID!, $at: DateTime!) { changeMenuPrice(id: $id, priceMinor: 2900, effectiveFrom: $at) { price { amountMinor } prices { priceMinor } } }`,
      { id: r.item.tea, at: future },
    );
    expect(changed.changeMenuPrice).toEqual({ price: { amountMinor: 2500 }, prices: [{ priceMinor: 2500 }, { priceMinor: 2900 }] });
    const now = await m(sg, `mutation($id: ID!) { changeMenuPrice(id: $id, priceMinor: 2600) { price { amountMinor } } }`, {
      id: r.item.tea,
    });
    expect(now.changeMenuPrice.price.amountMinor).toBe(2600);
    const past = await gql(
      sg.url,
      `mutation($id: ID!) { changeMenuPrice(id: $id, priceMinor: 100, effectiveFrom: "2020-01-01T00:00:00Z") { id } }`,
      { id: r.item.tea },
      fnbManager(),
    );
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MENU_PRICE.IN_THE_PAST' });
    const walkIn = (await open({ kind: 'WALK_IN', lines: [{ menuItemId: r.item.tea, quantity: 1 }] })).data!.openOrder;
    expect(walkIn.lines[0].unitPrice.amountMinor).toBe(2600);
  });

  it('resolves order references with one query and adds each stay’s orders to Reservation', async () => {
    const list = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, first: 100) { nodes { id } } }`, { o: r.id });
    const ids: string[] = list.orders.nodes.map((n: { id: string }) => n.id);
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Order { id status } } }`, {
        r: ids.map((id) => ({ __typename: 'Order', id })),
      }),
    );
    expect(result._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
    const stays = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id fnbOrders { kind } } } }`,
      {
        r: [STAY_A, STAY_C].map((id) => ({ __typename: 'Reservation', id })),
      },
    );
    expect(stays._entities).toEqual([
      { id: STAY_A, fnbOrders: [{ kind: 'ROOM_SERVICE' }] },
      { id: STAY_C, fnbOrders: [] },
    ]);
  });

  it('needs an open service, opened after a complete pre-opening check', async () => {
    clock.set('08:00'); // breakfast
    const o = (
      await m(
        sg,
        `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Lobby Café", kind: CAFE, currency: "CNY", timeZone: "Asia/Shanghai"}) { id } }`,
        { p: PROPERTY },
      )
    ).createOutlet.id;
    const p = (
      await m(
        sg,
        `mutation($o: ID!) { addServicePeriod(input: {outletId: $o, name: "Breakfast", startsAt: "06:30", endsAt: "10:30"}) { id } }`,
        { o },
      )
    ).addServicePeriod.id;
    const openIt = () =>
      gql(sg.url, `mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { status } }`, { o, p }, fnbManager());
    expect((await openIt()).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SERVICE.CHECKLIST_MISSING' });
    const partial = await gql(
      sg.url,
      `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`,
      { i: { outletId: o, periodId: p, kind: 'PRE_OPENING', items: [{ area: 'HYGIENE', label: 'Floors', passed: true }] } },
      fnbManager(),
    );
    expect(partial.errors?.[0].message).toMatch(/covers every area; missing TABLE_SETTING, SUPPLIES, EQUIPMENT/);
    const noOwner = await gql(
      sg.url,
      `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`,
      {
        i: {
          outletId: o,
          periodId: p,
          kind: 'PRE_OPENING',
          items: ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area, i) => ({ area, label: area, passed: i > 0 })),
        },
      },
      fnbManager(),
    );
    expect(noOwner.errors?.[0].message).toBe('failed item "TABLE_SETTING" needs a followUpOwnerId');
    const failed = await m(
      sg,
      `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { failedCount items { passed followUpOwnerId } checker { id } } }`,
      {
        i: {
          outletId: o,
          periodId: p,
          kind: 'PRE_OPENING',
          items: ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area, i) => ({
            area,
            label: area,
            passed: i > 0,
            ...(i ? {} : { followUpOwnerId: SERVER_ID }),
          })),
        },
      },
    );
    expect(failed.recordChecklist).toMatchObject({
      failedCount: 1,
      items: expect.arrayContaining([{ passed: false, followUpOwnerId: SERVER_ID }]),
    });
    expect((await openIt()).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/pre-opening check failed: TABLE_SETTING/),
      extensions: { reason: 'SERVICE.CHECKLIST_FAILED' },
    });
    const tea = (
      await m(sg, `mutation($o: ID!) { createMenuItem(input: {outletId: $o, name: "Tea", category: "Drinks", priceMinor: 100}) { id } }`, {
        o,
      })
    ).createMenuItem.id;
    const closed = await gql(
      sg.url,
      `mutation($o: ID!, $t: ID!) { openOrder(input: {outletId: $o, lines: [{menuItemId: $t}]}) { id } }`,
      { o, t: tea },
      server(),
    );
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OUTLET.NO_OPEN_SERVICE' });
    clock.set('19:00');
  });
});
