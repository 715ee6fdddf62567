import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, countQueries, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const frontDesk = (propertyIds: string[] = ['*']) => staff(['front-desk'], propertyIds);
/** The first stay arrives "today" at the property (Asia/Shanghai), so it can check in. */
let now = '2099-05-01T04:00:00Z';
const clock = { now: () => new Date(now) };

describe.each(DIALECTS)('reservations subgraph on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let roomTypeId: string;

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock, withoutJobs: true });
    const p = await gqlOk(
      sg.url,
      `mutation { createProperty(input: {code: "HZ", name: "Lakeside Hangzhou", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
    );
    propertyId = p.createProperty.id;
    const t = await gqlOk(
      sg.url,
      `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "DLX", name: "Deluxe King", capacity: 2, baseRateMinor: 68000}) { id } }`,
      { p: propertyId },
    );
    roomTypeId = t.createRoomType.id;
    for (const number of ['101', '102']) {
      await gqlOk(sg.url, `mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, {
        t: roomTypeId,
        n: number,
      });
    }
  });
  afterAll(() => sg?.stop());

  const book = (arrival: string, departure: string, identity = frontDesk()) =>
    gql(
      sg.url,
      `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Li Wei", channel: PHONE}) { id status confirmationNumber } }`,
      { t: roomTypeId, a: arrival, d: departure },
      identity,
    );

  it('runs a stay from booking to check-out, settling the folio, and records each fact in the outbox', async () => {
    const booked = await book('2099-05-01', '2099-05-03');
    expect(booked.errors).toBeUndefined();
    const id = booked.data!.createReservation.id;
    expect(booked.data!.createReservation.status).toBe('CONFIRMED');

    const inHouse = await gqlOk(
      sg.url,
      `mutation($id: ID!) { checkIn(id: $id) { status room { number occupied } folio { balance { amountMinor currency } } } }`,
      { id },
      frontDesk(),
    );
    expect(inHouse.checkIn.status).toBe('CHECKED_IN');
    expect(inHouse.checkIn.room.occupied).toBe(true);
    expect(inHouse.checkIn.folio.balance).toEqual({ amountMinor: 136000, currency: 'CNY' });

    now = '2099-05-03T02:00:00Z'; // the booked departure day
    const refused = await gql(sg.url, `mutation($id: ID!) { checkOut(id: $id) { status } }`, { id }, frontDesk());
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'RESERVATION.FOLIO_NOT_SETTLED',
      balanceMinor: 136000,
    });

    await gqlOk(
      sg.url,
      `mutation($id: ID!) { postFolioPayment(input: {reservationId: $id, description: "UnionPay", amountMinor: 136000}) { id } }`,
      { id },
      frontDesk(),
    );
    const out = await gqlOk(
      sg.url,
      `mutation($id: ID!) { checkOut(id: $id) { status room { housekeepingStatus occupied } } }`,
      { id },
      frontDesk(),
    );
    expect(out.checkOut).toEqual({ status: 'CHECKED_OUT', room: { housekeepingStatus: 'DIRTY', occupied: false } });
    now = '2099-05-01T04:00:00Z';

    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: id }, order: { seq: 'ASC' } });
    expect(events.map((e) => e.type)).toEqual([
      'hotelops.reservations.reservation.created.v1',
      'hotelops.reservations.reservation.checked-in.v1',
      'hotelops.reservations.reservation.checked-out.v1',
    ]);
    expect(JSON.parse(events[2].payload)).toMatchObject({ reservationId: id, folioTotal: { amountMinor: 136000, currency: 'CNY' } });
    expect(events[2].headers).toMatchObject({
      ce_type: 'hotelops.reservations.reservation.checked-out.v1',
      ce_subject: id,
      ce_propertyid: propertyId,
    });
  });

  it('refuses a booking when every room of the type is taken for a night of the stay', async () => {
    expect((await book('2099-07-01', '2099-07-04')).errors).toBeUndefined();
    expect((await book('2099-07-03', '2099-07-05')).errors).toBeUndefined();
    const third = await book('2099-07-02', '2099-07-04');
    expect(third.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.NO_AVAILABILITY' });
    // the night of 07-04 is free again for both rooms: half-open stays
    expect((await book('2099-07-04', '2099-07-05')).errors).toBeUndefined();
  });

  it('names the bad input and changes nothing', async () => {
    const before = await sg.app.deps.db.manager.count(OutboxRow);
    const r = await book('2099-09-05', '2099-09-03');
    expect(r.errors?.[0].message).toMatch(/departure \(2099-09-03\) must be after arrival \(2099-09-05\)/);
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESERVATION.INVALID_DATES' });
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(before);
  });

  it('refuses callers without the role or without access to the property', async () => {
    const housekeeper = await book('2099-10-01', '2099-10-02', staff(['housekeeping']));
    expect(housekeeper.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const otherHotel = await book('2099-10-01', '2099-10-02', frontDesk(['00000000-0000-4000-8000-000000000000']));
    expect(otherHotel.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.PROPERTY_FORBIDDEN' });
  });

  it('resolves any number of entity references with one query per entity type', async () => {
    const list = await gqlOk(sg.url, `query($p: ID!) { reservations(propertyId: $p, first: 100) { nodes { id } } }`, { p: propertyId });
    const ids: string[] = list.reservations.nodes.map((n: { id: string }) => n.id);
    expect(ids.length).toBeGreaterThanOrEqual(4);
    const representations = ids.map((id) => ({ __typename: 'Reservation', id }));
    const { result, queries } = await countQueries(sg.app, () =>
      gqlOk(sg.url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Reservation { id status } } }`, { r: representations }),
    );
    expect(result._entities.map((e: { id: string }) => e.id)).toEqual(ids);
    expect(queries).toBe(1);
  });

  it('paginates with cursors and refuses pages over 100', async () => {
    const first = await gqlOk(
      sg.url,
      `query($p: ID!) { reservations(propertyId: $p, first: 2) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
      { p: propertyId },
    );
    expect(first.reservations.nodes).toHaveLength(2);
    expect(first.reservations.pageInfo.hasNextPage).toBe(true);
    const next = await gqlOk(sg.url, `query($p: ID!, $a: String) { reservations(propertyId: $p, first: 2, after: $a) { nodes { id } } }`, {
      p: propertyId,
      a: first.reservations.pageInfo.endCursor,
    });
    expect(next.reservations.nodes[0].id).not.toBe(first.reservations.nodes[1].id);
    const tooMany = await gql(sg.url, `query($p: ID!) { reservations(propertyId: $p, first: 101) { nodes { id } } }`, { p: propertyId });
    expect(tooMany.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
