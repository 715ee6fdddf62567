import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import { m, openOrder, openRestaurant, server, startFnb, type Outlet } from './fnb-fixture';

const STAY_C = '1a2b3c4d-0000-4000-8000-00000000000c';

/** The floor and the kitchen: seating, order lines with seats and modifiers, course firing into station tickets, refusals, table moves. */
describe.each(DIALECTS)('fnb orders, tables and kitchen on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;

  beforeAll(async () => {
    sg = await startFnb(dialect);
    r = await openRestaurant(sg);
  });
  afterAll(() => sg?.stop());

  const open = (input: Record<string, unknown>, identity = server()) => openOrder(sg, r.id, input, identity);
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
});
