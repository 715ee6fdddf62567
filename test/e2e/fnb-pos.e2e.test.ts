import { OutboxRow } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';
import { hotelDate, startPlatform, type Platform } from './platform';

const SERVER = '7e57e57e-0000-4000-8000-0000000000a1';
const CASHIER = '7e57e57e-0000-4000-8000-0000000000a2';
const MANAGER = '7e57e57e-0000-4000-8000-0000000000a3';

/**
 * A table's evening through the gateway, over Kafka: seat → order with modifiers → fire → the
 * kitchen's ticket ready → split bill → one half charged to the room (on the folio exactly once,
 * even when the event is delivered again), the other half in cash → the till closes with its
 * over/short. The stay's VIP data reaches the server through federation.
 */
describe('F&B point of sale through the gateway', () => {
  let platform: Platform;
  let tokens: Record<'server' | 'cashier' | 'manager', string>;

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'kafka' });
    tokens = {
      server: await platform.token(['fnb-server'], ['*'], SERVER),
      cashier: await platform.token(['cashier'], ['*'], CASHIER),
      manager: await platform.token(['fnb-manager'], ['*'], MANAGER),
    };
  });
  afterAll(() => platform?.stop());

  it('seats, orders, fires, splits and settles half to the room and half in cash', async () => {
    const { ok } = platform;
    const as =
      (who: keyof typeof tokens) =>
      (q: string, v: Record<string, unknown> = {}) =>
        ok(q, v, tokens[who]);
    const manager = as('manager');
    const propertyId = (
      await ok(`mutation { createProperty(input: {code: "FNB", name: "Lakeside", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    const roomType = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DLK", name: "Deluxe", capacity: 2, baseRateMinor: 50000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    await ok(`mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "801", floor: 8}) { id } }`, { t: roomType });
    const arrival = hotelDate();
    const departure = hotelDate(2);
    const stay = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "陈静", channel: PHONE, specialRequests: "No peanuts 花生过敏"}) { id } }`,
        { t: roomType, a: arrival, d: departure },
      )
    ).createReservation.id;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id: stay });

    const outlet = (
      await manager(
        `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Jade Garden", kind: RESTAURANT, currency: "CNY", timeZone: "Asia/Shanghai"}) { id } }`,
        { p: propertyId },
      )
    ).createOutlet.id;
    const period = (
      await manager(
        `mutation($o: ID!) { addServicePeriod(input: {outletId: $o, name: "All day", startsAt: "00:00", endsAt: "24:00"}) { id } }`,
        { o: outlet },
      )
    ).addServicePeriod.id;
    const items = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area) => ({ area, label: area, passed: true }));
    await manager(`mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`, {
      i: { outletId: outlet, periodId: period, kind: 'PRE_OPENING', items },
    });
    await manager(`mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { id } }`, { o: outlet, p: period });
    const floor = (await manager(`mutation($o: ID!) { createFloor(outletId: $o, name: "Hall") { id } }`, { o: outlet })).createFloor.id;
    const table = (await manager(`mutation($f: ID!) { addDiningTable(input: {floorId: $f, number: "12", seats: 4}) { id } }`, { f: floor }))
      .addDiningTable.id;
    const spice = (
      await manager(
        `mutation($o: ID!) { createModifierGroup(input: {outletId: $o, name: "Spice", minSelect: 1, maxSelect: 1, modifiers: [{name: "Mild"}, {name: "Extra hot", priceDeltaMinor: 300}]}) { id modifiers { id } } }`,
        { o: outlet },
      )
    ).createModifierGroup;
    const noodles = (
      await manager(
        `mutation($o: ID!, $g: ID!) { createMenuItem(input: {outletId: $o, name: "Dan Dan Noodles", category: "Mains", priceMinor: 4800, course: MAIN, station: HOT, modifierGroupIds: [$g]}) { id } }`,
        { o: outlet, g: spice.id },
      )
    ).createMenuItem.id;
    const tea = (
      await manager(
        `mutation($o: ID!) { createMenuItem(input: {outletId: $o, name: "Longjing Tea", category: "Drinks", priceMinor: 2500, course: DRINK, station: BAR}) { id } }`,
        { o: outlet },
      )
    ).createMenuItem.id;

    // F&B learns the stay is in house from reservations' event over Kafka.
    const server = as('server');
    await server(`mutation($t: ID!) { seatTable(tableId: $t, covers: 2) { status } }`, { t: table });
    const order = (
      await server(
        `mutation($i: OpenOrderInput!) { openOrder(input: $i) { id total { amountMinor } reservation { guestName specialRequests } } }`,
        {
          i: {
            outletId: outlet,
            kind: 'DINE_IN',
            tableId: table,
            reservationId: stay,
            lines: [
              { menuItemId: noodles, quantity: 2, seat: 1, modifierIds: [spice.modifiers[1].id] },
              { menuItemId: tea, quantity: 2, seat: 2 },
            ],
          },
        },
      )
    ).openOrder;
    // (4,800 + 300) × 2 + 2,500 × 2 = 15,200; the stay's special request reaches the server through federation.
    expect(order).toMatchObject({
      total: { amountMinor: 15200 },
      reservation: { guestName: '陈静', specialRequests: 'No peanuts 花生过敏' },
    });
    await server(`mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: order.id });
    const [hot] = (
      await server(`query($o: ID!) { kitchenTickets(outletId: $o, station: HOT) { id lines { name quantity } } }`, { o: outlet })
    ).kitchenTickets;
    expect(hot.lines).toEqual([{ name: 'Dan Dan Noodles', quantity: 2 }]);
    await server(`mutation($id: ID!) { startTicket(id: $id) { status } }`, { id: hot.id });
    expect(
      (await server(`mutation($id: ID!) { markTicketReady(id: $id) { status readyAt } }`, { id: hot.id })).markTicketReady.status,
    ).toBe('READY');
    const [half1, half2] = (
      await server(`mutation($o: ID!) { createBills(orderId: $o, split: {mode: EQUAL, parts: 2}) { id total { amountMinor } } }`, {
        o: order.id,
      })
    ).createBills;
    expect([half1.total.amountMinor, half2.total.amountMinor]).toEqual([7600, 7600]);

    const cashier = as('cashier');
    const till = (await cashier(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 20000) { id } }`, { o: outlet })).openTill.id;
    const settleRoom = () =>
      platform.query(
        `mutation($b: ID!, $r: ID!) { settleBill(id: $b, tenders: [{method: ROOM_CHARGE, amountMinor: 7600, reservationId: $r}]) { status } }`,
        { b: half1.id, r: stay },
        tokens.cashier,
      );
    // The check-in reaches F&B asynchronously: the room charge is accepted once it has.
    await eventually(async () => expect((await settleRoom()).data?.settleBill.status).toBe('SETTLED'));
    await cashier(`mutation($b: ID!) { settleBill(id: $b, tenders: [{method: CASH, amountMinor: 7600}]) { status } }`, { b: half2.id });

    const folioLines = async () =>
      (
        await ok(`query($id: ID!) { reservation(id: $id) { folio { lines { kind amount { amountMinor } sourceRef description } } } }`, {
          id: stay,
        })
      ).reservation.folio.lines.filter((l: { sourceRef: string | null }) => l.sourceRef === `fnb-bill:${half1.id}`);
    await eventually(async () =>
      expect(await folioLines()).toEqual([
        {
          kind: 'CHARGE',
          amount: { amountMinor: 7600 },
          sourceRef: `fnb-bill:${half1.id}`,
          description: 'Jade Garden, table 12, 2 covers',
        },
      ]),
    );
    const fnb = platform.subgraphs.fnb.app;
    const row = await fnb.deps.db.manager.findOneByOrFail(OutboxRow, {
      messageKey: half1.id,
      type: 'hotelops.fnb.bill.charged-to-room.v1',
    });
    await fnb.transport.publish([{ topic: row.topic, key: row.messageKey, headers: row.headers, value: row.payload }]);
    const duplicates = async () =>
      (await platform.subgraphs.reservations.app.metrics.eventsConsumed.get()).values.find(
        (v) => v.labels.type === row.type && v.labels.outcome === 'duplicate',
      )?.value ?? 0;
    await eventually(async () => expect(await duplicates()).toBe(1));
    expect(await folioLines()).toHaveLength(1);

    // Float 20,000 + 7,600 cash = 27,600 expected; 27,500 counted → 100 short.
    const closed = (
      await cashier(`mutation($t: ID!) { closeTill(tillId: $t, countedMinor: 27500) { status expectedCashMinor overShortMinor } }`, {
        t: till,
      })
    ).closeTill;
    expect(closed).toEqual({ status: 'CLOSED', expectedCashMinor: 27600, overShortMinor: -100 });
    const tableAfter = (await server(`query($o: ID!) { diningTables(outletId: $o) { status } }`, { o: outlet })).diningTables;
    expect(tableAfter).toEqual([{ status: 'NEEDS_CLEARING' }]);
  });
});
