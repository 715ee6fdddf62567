import {
  AvailabilityChanged,
  NightAudited,
  ReservationCancelled,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationRoomMoved,
} from '@hotelops/contracts';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph, type ReservationsServices } from '@hotelops/reservations';

/** Starts 2030-07-10 10:00 in Asia/Shanghai. */
const clock = { at: new Date('2030-07-10T02:00:00Z'), now: () => clock.at };

/*
 * What stay events carry for their consumers: the guest by id (the name only on the check-out,
 * for care's greeting), the folio currency, the cancellation fee, room moves for F&B's in-house
 * list, and the night audit that closes each business date once.
 */
describe.each(DIALECTS)('stay events on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let king: string;
  let plan: string;
  const rooms: Record<string, string> = {};
  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const events = async (type: string, key: string) =>
    (await sg.app.deps.db.manager.find(OutboxRow, { where: { type, messageKey: key }, order: { seq: 'ASC' } })).map((r) =>
      JSON.parse(r.payload),
    );
  const book = async (arrival: string, departure: string, withPlan = false) =>
    (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $r: ID) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Zhou Min", guestEmail: "zm@example.com", channel: PHONE, ratePlanId: $r}) { id guest { id } } }`,
        { t: king, a: arrival, d: departure, r: withPlan ? plan : null },
      )
    ).createReservation as { id: string; guest: { id: string } | null };

  beforeAll(async () => {
    clock.at = new Date('2030-07-10T02:00:00Z');
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "SE", name: "Stay events", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    king = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "K", name: "King", capacity: 2, baseRateMinor: 40000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['301', '302', '303', '304'])
      rooms[n] = (
        await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 3}) { id } }`, { t: king, n })
      ).createRoom.id;
    plan = (
      await ok(
        `mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "NR", name: "Strict", cancelFreeDaysBefore: 30, cancelFeeKind: NIGHTS, cancelFeeValue: 1, noShowFeeKind: NIGHTS, noShowFeeValue: 1}) { id } }`,
        { p: propertyId },
      )
    ).createRatePlan.id;
    await ok(
      `mutation($r: ID!, $t: ID!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: "2030-07-01", to: "2030-08-31", priceMinor: 40000}) }`,
      { r: plan, t: king },
    );
  });
  afterAll(() => sg?.stop());

  it('names the guest by id, the folio currency and the hotel’s zone; the name travels only on the check-out', async () => {
    const r = await book('2030-07-10', '2030-07-11');
    const [created] = await events(ReservationCreated.type, r.id);
    expect(created).toMatchObject({ reservationId: r.id, currency: 'CNY', timeZone: 'Asia/Shanghai' });
    expect(created.guestId).toBe(r.guest?.id ?? null);
    expect(created).not.toHaveProperty('guestName');

    await ok(`mutation($id: ID!, $room: ID!) { checkIn(id: $id, roomId: $room) { id } }`, { id: r.id, room: rooms['301'] });
    await ok(`mutation($id: ID!, $to: ID!) { moveRoom(id: $id, toRoomId: $to, reason: "noise") { id } }`, { id: r.id, to: rooms['302'] });
    expect(await events(ReservationRoomMoved.type, r.id)).toMatchObject([
      { fromRoomId: rooms['301'], roomId: rooms['302'], roomNumber: '302' },
    ]);

    await ok(`mutation($id: ID!) { postFolioPayment(input: {reservationId: $id, description: "card", amountMinor: 40000}) { id } }`, {
      id: r.id,
    });
    await ok(`mutation($id: ID!) { checkOut(id: $id) { id } }`, { id: r.id });
    expect(await events(ReservationCheckedOut.type, r.id)).toMatchObject([
      { guestName: 'Zhou Min', guestId: created.guestId, roomNumber: '302' },
    ]);
  });

  it("gives the availability change a booking causes the booking request's correlation id", async () => {
    const correlationId = `corr-${Date.now()}`;
    const booked = await gql(
      sg.url,
      `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2030-07-15", departure: "2030-07-16", guestName: "Gao Yan", channel: PHONE}) { id } }`,
      { t: king },
      undefined,
      { 'x-correlation-id': correlationId },
    );
    expect(booked.errors).toBeUndefined();
    const rows = await sg.app.deps.db.manager.find(OutboxRow, { where: { type: AvailabilityChanged.type, messageKey: king } });
    expect(rows.filter((r) => r.headers.ce_correlationid === correlationId)).toHaveLength(1);
  });

  it('carries the cancellation fee the stay was charged', async () => {
    const r = await book('2030-07-20', '2030-07-22', true);
    await ok(`mutation($id: ID!) { cancelReservation(id: $id, reason: "plans changed") { id } }`, { id: r.id });
    expect(await events(ReservationCancelled.type, r.id)).toMatchObject([
      { reason: 'plans changed', fee: { amountMinor: 40000, currency: 'CNY' } },
    ]);
  });

  it('audits each business date once, with arrivals, stay-overs and departures per room type', async () => {
    const audits = (sg.app.services as ReservationsServices).nightAudits;
    await book('2030-07-12', '2030-07-14'); // arrives on the 12th
    await book('2030-07-11', '2030-07-13'); // stays over the 12th
    await book('2030-07-10', '2030-07-12'); // departs on the 12th
    clock.at = new Date('2030-07-12T17:00:00Z'); // 01:00 on the 13th in Shanghai: the 12th has ended
    expect(await audits.sweep(propertyId)).toBe(1);
    expect(await audits.sweep(propertyId)).toBe(0);
    const [audit, ...again] = await events(NightAudited.type, propertyId);
    expect(again).toEqual([]);
    expect(audit).toMatchObject({
      businessDate: '2030-07-12',
      roomTypes: [{ roomTypeId: king, arrivals: 1, stayovers: 1, departures: 1 }],
    });
  });
});
