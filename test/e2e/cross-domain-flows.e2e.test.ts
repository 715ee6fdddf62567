import { OutboxRow } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';
import { hotelDate, startPlatform, type Platform } from './platform';

/**
 * The whole platform over HTTP through the gateway, on each event transport: a check-out opens
 * a post-stay survey case in care; a room-service bill charged to the room lands on the folio; one query
 * joins four subgraphs; a redelivered event has no second effect.
 */
describe.each(['kafka', 'in-process'] as const)('cross-domain flows over %s', (transport) => {
  let platform: Platform;
  let propertyId: string;
  let roomTypeId: string;
  let agentId: string;

  beforeAll(async () => {
    platform = await startPlatform({ transport });
    const { ok } = platform;
    propertyId = (
      await ok(
        `mutation { createProperty(input: {code: "E2E", name: "West Lake Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DLK", name: "Deluxe King", capacity: 2, baseRateMinor: 50000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['801', '802', '803', '804', '805', '806'])
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 8}) { id } }`, { t: roomTypeId, n });
    const catalogue = await ok(`mutation($p: ID!) { installPositionCatalogue(propertyId: $p) { positions { id code } } }`, {
      p: propertyId,
    });
    const csr = catalogue.installPositionCatalogue.positions.find((p: { code: string }) => p.code === 'customer-service-representative');
    agentId = (
      await ok(
        `mutation($p: ID!, $pos: ID!) { hireEmployee(input: {propertyId: $p, positionId: $pos, firstName: "芳", lastName: "王", employeeNumber: "CS-001", hiredOn: "2026-01-05"}) { id } }`,
        { p: propertyId, pos: csr.id },
      )
    ).hireEmployee.id;
  });
  afterAll(() => platform?.stop());

  /** A stay of `nights` nights from today (50,000 a night), checked in. */
  async function checkedInStay(guestName: string, nights = 2): Promise<string> {
    const { ok } = platform;
    const arrival = hotelDate();
    const departure = hotelDate(nights);
    const id = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $g: String!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: $g, channel: PHONE}) { id } }`,
        { t: roomTypeId, a: arrival, d: departure, g: guestName },
      )
    ).createReservation.id;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id });
    return id;
  }

  /** How many deliveries of `type` a subgraph's consumer recognised as duplicates (its metrics). */
  const duplicatesSeen = async (subgraph: string, type: string) => {
    const metric = await platform.subgraphs[subgraph].app.metrics.eventsConsumed.get();
    return metric.values.find((v) => v.labels.type === type && v.labels.outcome === 'duplicate')?.value ?? 0;
  };

  const folioOf = async (id: string) =>
    (
      await platform.ok(
        `query($id: ID!) { reservation(id: $id) { folio { balance { amountMinor currency } lines { kind amount { amountMinor } sourceRef } } } }`,
        { id },
      )
    ).reservation.folio;

  it('a room-service bill charged to the room appears once as a charge on the guest folio', async () => {
    const { ok } = platform;
    const stay = await checkedInStay('陈静');
    const outlet = (
      await ok(
        `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "In-Room Dining", kind: ROOM_SERVICE, currency: "CNY", timeZone: "Asia/Shanghai"}) { id } }`,
        { p: propertyId },
      )
    ).createOutlet;
    const period = (
      await ok(
        `mutation($o: ID!) { addServicePeriod(input: {outletId: $o, name: "24 hours", startsAt: "00:00", endsAt: "24:00"}) { id } }`,
        {
          o: outlet.id,
        },
      )
    ).addServicePeriod;
    const items = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area) => ({ area, label: area, passed: true }));
    await ok(`mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`, {
      i: { outletId: outlet.id, periodId: period.id, kind: 'PRE_OPENING', items },
    });
    await ok(`mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { id } }`, { o: outlet.id, p: period.id });
    const noodles = (
      await ok(
        `mutation($o: ID!) { createMenuItem(input: {outletId: $o, name: "Wonton noodles 馄饨面", category: "Mains", priceMinor: 6800}) { id } }`,
        { o: outlet.id },
      )
    ).createMenuItem;
    // F&B accepts room service for the stay once reservations' check-in has reached it.
    const order = await eventually(async () => {
      const r = await platform.query(
        `mutation($o: ID!, $r: ID!, $m: ID!) { openOrder(input: {outletId: $o, kind: ROOM_SERVICE, reservationId: $r, lines: [{menuItemId: $m, quantity: 2}]}) { id total { amountMinor } } }`,
        { o: outlet.id, r: stay, m: noodles.id },
      );
      expect(r.errors).toBeUndefined();
      return r.data!.openOrder;
    });
    expect(order.total.amountMinor).toBe(13_600);
    await ok(`mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: order.id });
    const [bill] = (await ok(`mutation($id: ID!) { createBills(orderId: $id, split: {mode: SINGLE}) { id } }`, { id: order.id }))
      .createBills;
    await ok(`mutation($o: ID!) { openTill(outletId: $o, floatMinor: 0) { id } }`, { o: outlet.id });
    await ok(
      `mutation($b: ID!, $r: ID!) { settleBill(id: $b, tenders: [{method: ROOM_CHARGE, amountMinor: 13600, reservationId: $r}]) { status } }`,
      {
        b: bill.id,
        r: stay,
      },
    );

    const folio = await eventually(async () => {
      const f = await folioOf(stay);
      expect(f.lines).toContainEqual({ kind: 'CHARGE', amount: { amountMinor: 13_600 }, sourceRef: `fnb-bill:${bill.id}` });
      return f;
    });
    expect(folio.balance).toEqual({ amountMinor: 100_000 + 13_600, currency: 'CNY' });

    // The same event delivered again (a retried publish) changes nothing.
    const fnb = platform.subgraphs.fnb.app;
    const row = await fnb.deps.db.manager.findOneByOrFail(OutboxRow, { messageKey: bill.id });
    await fnb.transport.publish([{ topic: row.topic, key: row.messageKey, headers: row.headers, value: row.payload }]);
    await eventually(async () => expect(await duplicatesSeen('reservations', 'hotelops.fnb.bill.charged-to-room.v1')).toBe(1));
    const after = await folioOf(stay);
    expect(after.lines.filter((l: { sourceRef: string }) => l.sourceRef === `fnb-bill:${bill.id}`)).toHaveLength(1);
    expect(after.balance.amountMinor).toBe(113_600);
  });

  it('a check-out opens one post-stay survey case in care, even when the event is delivered twice', async () => {
    const { ok } = platform;
    // One night, so the check-out is on the booked departure (or earlier than that would be an early departure).
    const stay = await checkedInStay('Emma Schmidt', 1);
    await ok(`mutation($r: ID!) { postFolioPayment(input: {reservationId: $r, description: "Visa", amountMinor: 50000}) { id } }`, {
      r: stay,
    });
    const out = await ok(`mutation($id: ID!) { checkOut(id: $id) { status room { housekeepingStatus } } }`, { id: stay });
    expect(out.checkOut).toEqual({ status: 'CHECKED_OUT', room: { housekeepingStatus: 'DIRTY' } });

    const casesOf = async (id: string) =>
      (await ok(`query($id: ID!) { reservation(id: $id) { cases { kind channel status subject } } }`, { id })).reservation.cases;
    await eventually(async () =>
      expect(await casesOf(stay)).toEqual([
        { kind: 'SURVEY', channel: 'EMAIL', status: 'NEW', subject: expect.stringMatching(/satisfaction survey/i) },
      ]),
    );

    const reservations = platform.subgraphs.reservations.app;
    const checkedOut = await reservations.deps.db.manager.findOneByOrFail(OutboxRow, {
      messageKey: stay,
      type: 'hotelops.reservations.reservation.checked-out.v1',
    });
    await reservations.transport.publish([
      { topic: checkedOut.topic, key: checkedOut.messageKey, headers: checkedOut.headers, value: checkedOut.payload },
    ]);
    await eventually(async () => expect(await duplicatesSeen('care', 'hotelops.reservations.reservation.checked-out.v1')).toBe(1));
    expect(await casesOf(stay)).toHaveLength(1);
  });

  it('answers one query that joins reservations, F&B, care and staffing', async () => {
    const { ok } = platform;
    const stay = await checkedInStay('李娜');
    // care learns the stay from reservations' event: a case about one just booked may need a moment
    const opened = await eventually(() =>
      ok(
        `mutation($p: ID!, $r: ID!) { openCase(input: {propertyId: $p, kind: COMPLAINT, channel: PHONE, category: "noise", severity: HIGH, subject: "Noise from the corridor at night", reservationId: $r}) { id } }`,
        { p: propertyId, r: stay },
      ),
    );
    await ok(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { status } }`, { id: opened.openCase.id, e: agentId });

    const joined = await ok(
      `query($id: ID!) { reservation(id: $id) { guestName room { number } fnbOrders { id } cases { kind subject assignee { displayName position { title titleZh department { name } } } } } }`,
      { id: stay },
    );
    expect(joined.reservation).toEqual({
      guestName: '李娜',
      room: { number: expect.stringMatching(/^80[1-6]$/) },
      fnbOrders: [],
      cases: [
        {
          kind: 'COMPLAINT',
          subject: 'Noise from the corridor at night',
          assignee: {
            displayName: '王芳',
            position: { title: expect.any(String), titleZh: expect.any(String), department: { name: expect.any(String) } },
          },
        },
      ],
    });
  });
});
