import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const agent = () => staff(['reservations-agent']);
const housekeeper = () => staff(['housekeeping']);

/** Today is 2030-01-10 in Asia/Shanghai for every test here. */
const clock = { now: () => new Date('2030-01-10T04:00:00Z') };

describe.each(DIALECTS)('availability, rate plans and search on %s', (dialect) => {
  let sg: RunningSubgraph;
  const ids: Record<string, string> = {};

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const createProperty = async (code: string) =>
    (
      await ok(`mutation($c: String!) { createProperty(input: {code: $c, name: $c, timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`, {
        c: code,
      })
    ).createProperty.id;
  const createType = async (p: string, code: string, rooms: number, capacity = 2) => {
    const t = (
      await ok(
        `mutation($p: ID!, $c: String!, $cap: Int!) { createRoomType(input: {propertyId: $p, code: $c, name: $c, capacity: $cap, baseRateMinor: 50000}) { id } }`,
        {
          p,
          c: code,
          cap: capacity,
        },
      )
    ).createRoomType.id;
    for (let i = 1; i <= rooms; i++) {
      ids[`${code}-${i}`] = (
        await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, {
          t,
          n: `${code}${i}`,
        })
      ).createRoom.id;
    }
    return t;
  };
  const createPlan = async (p: string, code: string, extra = '') =>
    (
      await ok(`mutation($p: ID!, $c: String!) { createRatePlan(input: {propertyId: $p, code: $c, name: $c ${extra}}) { id } }`, {
        p,
        c: code,
      })
    ).createRatePlan.id;
  const setRates = (plan: string, type: string, from: string, to: string, price: number, extra = '') =>
    ok(
      `mutation($r: ID!, $t: ID!, $f: LocalDate!, $to: LocalDate!, $m: Int!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: $f, to: $to, priceMinor: $m ${extra}}) }`,
      {
        r: plan,
        t: type,
        f: from,
        to,
        m: price,
      },
    );
  const book = (t: string, a: string, d: string, extra = '') =>
    gql(
      sg.url,
      `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Zhou Xun", channel: ONLINE ${extra}}) { id status total { amountMinor currency } depositDue { amountMinor } ratePlanId } }`,
      { t, a, d },
      agent(),
    );
  const ledger = async (t: string, from: string, to: string) =>
    (
      await ok(
        `query($t: ID!, $f: LocalDate!, $to: LocalDate!) { roomInventory(roomTypeId: $t, from: $f, to: $to) { date roomsInService sold overbooking available } }`,
        { t, f: from, to },
      )
    ).roomInventory;

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    ids.hz = await createProperty('HZ');
    ids.sh = await createProperty('SH');
    ids.hzKing = await createType(ids.hz, 'HK', 2);
    ids.hzSuite = await createType(ids.hz, 'HS', 1, 4);
    ids.shKing = await createType(ids.sh, 'SK', 3);
    ids.hzBar = await createPlan(ids.hz, 'BAR', ', cancelFreeDaysBefore: 2, cancelFeeKind: NIGHTS, cancelFeeValue: 1');
    ids.hzEarly = await createPlan(ids.hz, 'EARLY', ', minAdvanceDays: 30');
    ids.shBar = await createPlan(ids.sh, 'BAR');
    await setRates(ids.hzBar, ids.hzKing, '2030-02-01', '2030-03-01', 60000);
    await setRates(ids.hzBar, ids.hzKing, '2030-02-14', '2030-02-15', 99000, ', minLos: 2');
    await setRates(ids.hzBar, ids.hzSuite, '2030-02-01', '2030-03-01', 150000);
    await setRates(ids.hzEarly, ids.hzKing, '2030-02-01', '2030-03-01', 48000);
    await setRates(ids.shBar, ids.shKing, '2030-02-01', '2030-03-01', 70000);
    await setRates(ids.shBar, ids.shKing, '2030-02-20', '2030-02-21', 70000, ', closedToArrival: true');
    await setRates(ids.shBar, ids.shKing, '2030-02-22', '2030-02-23', 70000, ', closedToDeparture: true');
  });
  afterAll(() => sg?.stop());

  const search = async (arrival: string, departure: string, extra = '') =>
    (
      await ok(
        `query($p: [ID!]!, $a: LocalDate!, $d: LocalDate!) { searchAvailability(input: {propertyIds: $p, arrival: $a, departure: $d ${extra}}) { propertyId roomType { code } ratePlan { code } available nightlyPrices { amountMinor } total { amountMinor currency } } }`,
        { p: [ids.hz, ids.sh], a: arrival, d: departure },
      )
    ).searchAvailability.map(
      (o: { roomType: { code: string }; ratePlan: { code: string }; available: number; total: { amountMinor: number } }) => ({
        type: o.roomType.code,
        plan: o.ratePlan.code,
        available: o.available,
        total: o.total.amountMinor,
      }),
    );

  it('searches several properties and room types, pricing each bookable plan per night', async () => {
    const rates = await sg.app.deps.db.manager.find(OutboxRow, {
      where: { messageKey: ids.shKing, type: 'hotelops.reservations.rates.changed.v1' },
      order: { seq: 'ASC' },
    });
    expect(rates.map((e) => JSON.parse(e.payload))).toEqual([
      expect.objectContaining({
        ratePlanCode: 'BAR',
        from: '2030-02-01',
        to: '2030-03-01',
        price: { amountMinor: 70000, currency: 'CNY' },
        closedToArrival: false,
      }),
      expect.objectContaining({ from: '2030-02-20', to: '2030-02-21', closedToArrival: true }),
      expect.objectContaining({ from: '2030-02-22', to: '2030-02-23', closedToDeparture: true }),
    ]);
    expect(await search('2030-02-12', '2030-02-14')).toEqual([
      { type: 'HK', plan: 'BAR', available: 2, total: 120000 },
      { type: 'HK', plan: 'EARLY', available: 2, total: 96000 },
      { type: 'HS', plan: 'BAR', available: 1, total: 300000 },
      { type: 'SK', plan: 'BAR', available: 3, total: 140000 },
    ]);
    // a night at a different price is summed as it is; adults filter by capacity
    expect(await search('2030-02-13', '2030-02-16', ', adults: 3')).toEqual([{ type: 'HS', plan: 'BAR', available: 1, total: 450000 }]);
  });

  it('applies min LOS, closed to arrival/departure and the advance-booking window', async () => {
    const plans = async (a: string, d: string) => (await search(a, d)).map((o: { type: string; plan: string }) => `${o.type}/${o.plan}`);
    expect(await plans('2030-02-14', '2030-02-15')).not.toContain('HK/BAR'); // min 2 nights from the 14th
    expect(await plans('2030-02-14', '2030-02-16')).toContain('HK/BAR');
    expect(await plans('2030-02-20', '2030-02-21')).not.toContain('SK/BAR'); // closed to arrival
    expect(await plans('2030-02-21', '2030-02-23')).toContain('SK/BAR');
    expect(await plans('2030-02-21', '2030-02-22')).not.toContain('SK/BAR'); // closed to departure on the 22nd
    expect(await plans('2030-02-19', '2030-02-22')).not.toContain('SK/BAR');
    expect(await plans('2030-02-03', '2030-02-04')).not.toContain('HK/EARLY'); // only 24 days ahead
    expect(await plans('2030-02-12', '2030-02-13')).toContain('HK/EARLY');

    const refused = await book(ids.hzKing, '2030-02-14', '2030-02-15', `, ratePlanId: "${ids.hzBar}"`);
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.RATE_NOT_AVAILABLE' });
    expect(refused.errors?.[0].message).toMatch(/at least 2 nights/);
  });

  it('books at the plan’s price and takes the nights from the ledger; cancelling gives them back', async () => {
    const r = await book(ids.hzKing, '2030-02-13', '2030-02-16', `, ratePlanId: "${ids.hzBar}"`);
    expect(r.errors).toBeUndefined();
    expect(r.data!.createReservation.total).toEqual({ amountMinor: 60000 + 99000 + 60000, currency: 'CNY' });
    expect(await ledger(ids.hzKing, '2030-02-12', '2030-02-17')).toEqual([
      { date: '2030-02-12', roomsInService: 2, sold: 0, overbooking: 0, available: 2 },
      { date: '2030-02-13', roomsInService: 2, sold: 1, overbooking: 0, available: 1 },
      { date: '2030-02-14', roomsInService: 2, sold: 1, overbooking: 0, available: 1 },
      { date: '2030-02-15', roomsInService: 2, sold: 1, overbooking: 0, available: 1 },
      { date: '2030-02-16', roomsInService: 2, sold: 0, overbooking: 0, available: 2 },
    ]);
    // each change is announced as an ARI delta keyed by room type, with absolute counts
    const ari = async () =>
      (
        await sg.app.deps.db.manager.find(OutboxRow, {
          where: { messageKey: ids.hzKing, type: 'hotelops.reservations.availability.changed.v1' },
          order: { seq: 'ASC' },
        })
      ).map((e) => JSON.parse(e.payload));
    expect((await ari()).at(-1)).toEqual({
      propertyId: ids.hz,
      roomTypeId: ids.hzKing,
      from: '2030-02-13',
      to: '2030-02-16',
      nights: ['2030-02-13', '2030-02-14', '2030-02-15'].map((date) => ({ date, roomsInService: 2, sold: 1, available: 1 })),
    });
    await gqlOk(sg.url, `mutation($id: ID!) { cancelReservation(id: $id) { status } }`, { id: r.data!.createReservation.id }, agent());
    expect((await ari()).at(-1).nights.map((n: { available: number }) => n.available)).toEqual([2, 2, 2]);
    expect((await ledger(ids.hzKing, '2030-02-13', '2030-02-16')).map((d: { sold: number }) => d.sold)).toEqual([0, 0, 0]);
  });

  it('takes out-of-order rooms out of availability and refuses an outage that would oversell', async () => {
    const a = '2030-02-05';
    expect((await book(ids.shKing, a, '2030-02-07')).errors).toBeUndefined();
    expect((await book(ids.shKing, a, '2030-02-06')).errors).toBeUndefined();
    const outage = await gqlOk(
      sg.url,
      `mutation($r: ID!) { setRoomOutOfOrder(input: {roomId: $r, kind: OUT_OF_ORDER, reason: "Leaking pipe", from: "2030-02-05", returnDate: "2030-02-08"}) { id from returnDate } }`,
      { r: ids['SK-1'] },
      housekeeper(),
    );
    expect(outage.setRoomOutOfOrder).toMatchObject({ from: '2030-02-05', returnDate: '2030-02-08' });
    expect(await ledger(ids.shKing, a, '2030-02-08')).toEqual([
      { date: '2030-02-05', roomsInService: 2, sold: 2, overbooking: 0, available: 0 },
      { date: '2030-02-06', roomsInService: 2, sold: 1, overbooking: 0, available: 1 },
      { date: '2030-02-07', roomsInService: 2, sold: 0, overbooking: 0, available: 2 },
    ]);
    const full = await book(ids.shKing, a, '2030-02-06');
    expect(full.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.NO_AVAILABILITY' });

    const oversell = await gql(
      sg.url,
      `mutation($r: ID!) { setRoomOutOfOrder(input: {roomId: $r, kind: OUT_OF_SERVICE, reason: "Deep clean", from: "2030-02-05", returnDate: "2030-02-06"}) { id } }`,
      { r: ids['SK-2'] },
      housekeeper(),
    );
    expect(oversell.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROOM.OUTAGE_OVERSELLS' });

    // back early: the room sells again from today (before the outage started, so from its start)
    await gqlOk(
      sg.url,
      `mutation($o: ID!) { returnRoomToService(outageId: $o) { returnDate } }`,
      { o: outage.setRoomOutOfOrder.id },
      housekeeper(),
    );
    expect((await ledger(ids.shKing, a, '2030-02-06'))[0]).toMatchObject({ roomsInService: 3, available: 1 });
  });

  it('sells into the overbooking allowance and no further; the allowance cannot drop below what is sold', async () => {
    const night = ['2030-02-25', '2030-02-26'] as const;
    expect((await book(ids.hzSuite, ...night)).errors).toBeUndefined();
    expect((await book(ids.hzSuite, ...night)).errors?.[0].extensions?.reason).toBe('RESERVATION.NO_AVAILABILITY');
    await gqlOk(
      sg.url,
      `mutation($t: ID!) { setOverbookingAllowance(roomTypeId: $t, from: "2030-02-25", to: "2030-02-26", rooms: 1) { available } }`,
      { t: ids.hzSuite },
      staff(['general-manager']),
    );
    expect((await book(ids.hzSuite, ...night)).errors).toBeUndefined();
    expect((await book(ids.hzSuite, ...night)).errors?.[0].extensions?.reason).toBe('RESERVATION.NO_AVAILABILITY');
    const lower = await gql(
      sg.url,
      `mutation($t: ID!) { setOverbookingAllowance(roomTypeId: $t, from: "2030-02-25", to: "2030-02-26", rooms: 0) { available } }`,
      { t: ids.hzSuite },
      staff(['general-manager']),
    );
    expect(lower.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'INVENTORY.ALLOWANCE_BELOW_SOLD' });
  });

  it('counts a room added later into nights already on the ledger, and announces every night of the horizon', async () => {
    expect((await ledger(ids.hzSuite, '2030-02-25', '2030-02-26'))[0]).toMatchObject({ roomsInService: 1, sold: 2 });
    await ok(`mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "HS9", floor: 9}) { id } }`, { t: ids.hzSuite });
    expect((await ledger(ids.hzSuite, '2030-02-25', '2030-02-26'))[0]).toMatchObject({ roomsInService: 2, sold: 2, available: 1 });

    const [latest] = await sg.app.deps.db.manager.find(OutboxRow, {
      where: { messageKey: ids.hzSuite, type: 'hotelops.reservations.availability.changed.v1' },
      order: { seq: 'DESC' },
      take: 1,
    });
    const event = JSON.parse(latest.payload) as { from: string; to: string; nights: { date: string; available: number }[] };
    // Today is 2030-01-10 at the property; a year of nights, each with the new room.
    expect({ from: event.from, to: event.to, nights: event.nights.length }).toEqual({ from: '2030-01-10', to: '2031-01-10', nights: 365 });
    const night = (date: string) => event.nights.find((n) => n.date === date);
    expect(night('2030-02-25')).toEqual({ date: '2030-02-25', roomsInService: 2, sold: 2, available: 1 });
    expect(night('2030-06-01')).toEqual({ date: '2030-06-01', roomsInService: 2, sold: 0, available: 2 });
  });

  it('requires the guarantee a plan asks for and computes the deposit', async () => {
    const cardPlan = await createPlan(ids.hz, 'GTD', ', guarantee: CARD');
    const depositPlan = await createPlan(ids.hz, 'DEP', ', guarantee: DEPOSIT, depositPercent: 30');
    await setRates(cardPlan, ids.hzKing, '2030-02-01', '2030-03-01', 55000);
    await setRates(depositPlan, ids.hzKing, '2030-02-01', '2030-03-01', 50000);
    const missing = await book(ids.hzKing, '2030-02-03', '2030-02-04', `, ratePlanId: "${cardPlan}"`);
    expect(missing.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESERVATION.GUARANTEE_REQUIRED' });
    const card = await book(
      ids.hzKing,
      '2030-02-03',
      '2030-02-04',
      `, ratePlanId: "${cardPlan}", guaranteeKind: CARD, guaranteeRef: "tok_visa_4242"`,
    );
    expect(card.errors).toBeUndefined();
    const deposit = await book(ids.hzKing, '2030-02-03', '2030-02-05', `, ratePlanId: "${depositPlan}"`);
    expect(deposit.data!.createReservation.depositDue).toEqual({ amountMinor: 30000 });
    const id = deposit.data!.createReservation.id;
    expect(deposit.data!.createReservation.status).toBe('TENTATIVE'); // held until the deposit arrives
    const pay = (amount: number, ref: string) =>
      gqlOk(
        sg.url,
        `mutation($id: ID!, $m: Int!, $r: String!) { recordDeposit(id: $id, amountMinor: $m, reference: $r) { status depositPaid { amountMinor } } }`,
        { id, m: amount, r: ref },
        agent(),
      );
    expect((await pay(20000, 'WX-1')).recordDeposit).toEqual({ status: 'TENTATIVE', depositPaid: { amountMinor: 20000 } });
    expect((await pay(20000, 'WX-1')).recordDeposit).toEqual({ status: 'TENTATIVE', depositPaid: { amountMinor: 20000 } }); // same payment again
    expect((await pay(10000, 'WX-2')).recordDeposit).toEqual({ status: 'CONFIRMED', depositPaid: { amountMinor: 30000 } });
  });

  it('refuses rate and inventory changes to callers without the role or the property', async () => {
    const fd = await gql(
      sg.url,
      `mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "X", name: "X"}) { id } }`,
      { p: ids.hz },
      staff(['front-desk']),
    );
    expect(fd.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const other = await gql(
      sg.url,
      `query($p: [ID!]!) { searchAvailability(input: {propertyIds: $p, arrival: "2030-02-12", departure: "2030-02-13"}) { total { amountMinor } } }`,
      { p: [ids.hz, ids.sh] },
      staff(['reservations-agent'], [ids.hz]),
    );
    expect(other.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
  });
});
