import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const frontDesk = () => staff(['front-desk']);
const housekeeper = () => staff(['housekeeping']);
/** 10:00 on 2030-04-01 in Asia/Shanghai. */
const clock = { now: () => new Date('2030-04-01T02:00:00Z') };

describe.each(DIALECTS)('front desk and housekeeping on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  const type: Record<string, string> = {};
  const room: Record<string, string> = {};

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const setStatus = (r: string, status: string) =>
    gql(
      sg.url,
      `mutation($r: ID!, $s: HousekeepingStatus!) { setRoomHousekeepingStatus(roomId: $r, status: $s) { number housekeepingStatus } }`,
      { r, s: status },
      housekeeper(),
    );
  const book = async (t: string) =>
    (
      await gqlOk(
        sg.url,
        `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2030-04-01", departure: "2030-04-04", guestName: "Guo Jing", channel: WALK_IN}) { id } }`,
        { t },
        frontDesk(),
      )
    ).createReservation.id;
  const checkIn = (id: string, roomId?: string) =>
    gql(
      sg.url,
      `mutation($id: ID!, $r: ID) { checkIn(id: $id, roomId: $r) { status room { number occupied } } }`,
      { id, r: roomId },
      frontDesk(),
    );

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "FD", name: "Front Desk", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    for (const [code, numbers] of [
      ['STD', ['101', '102', '103']],
      ['STE', ['901']],
    ] as const) {
      type[code] = (
        await ok(
          `mutation($p: ID!, $c: String!) { createRoomType(input: {propertyId: $p, code: $c, name: $c, capacity: 2, baseRateMinor: 30000}) { id } }`,
          { p: propertyId, c: code },
        )
      ).createRoomType.id;
      for (const n of numbers)
        room[n] = (
          await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, {
            t: type[code],
            n,
          })
        ).createRoom.id;
    }
  });
  afterAll(() => sg?.stop());

  it('accepts only valid housekeeping transitions and announces each change', async () => {
    expect((await setStatus(room['103'], 'INSPECTED')).data!.setRoomHousekeepingStatus.housekeepingStatus).toBe('INSPECTED');
    const back = await setStatus(room['103'], 'CLEAN');
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROOM.INVALID_STATUS_CHANGE' });
    expect(back.errors?.[0].message).toMatch(/a INSPECTED room cannot become CLEAN \(allowed: DIRTY\)/);
    expect((await setStatus(room['103'], 'OUT_OF_ORDER')).errors?.[0].message).toMatch(/setRoomOutOfOrder/);
    expect((await setStatus(room['103'], 'DIRTY')).errors).toBeUndefined();
    expect((await setStatus(room['103'], 'INSPECTED')).errors?.[0].extensions?.reason).toBe('ROOM.INVALID_STATUS_CHANGE');
    expect((await setStatus(room['103'], 'CLEAN')).errors).toBeUndefined();
    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: room['103'] }, order: { seq: 'ASC' } });
    expect(events.map((e) => JSON.parse(e.payload).housekeepingStatus)).toEqual(['INSPECTED', 'DIRTY', 'CLEAN']);
    expect(events[0].type).toBe('hotelops.reservations.room.status-changed.v1');
  });

  it('checks in only to a vacant clean or inspected room that is not out of order today', async () => {
    await gqlOk(
      sg.url,
      `mutation($r: ID!) { setRoomOutOfOrder(input: {roomId: $r, kind: OUT_OF_SERVICE, reason: "Carpet replaced", from: "2030-04-01", returnDate: "2030-04-02"}) { id } }`,
      { r: room['101'] },
      housekeeper(),
    );
    await setStatus(room['102'], 'DIRTY');
    const first = await book(type.STD);
    const second = await book(type.STD);
    const outOfService = await checkIn(first, room['101']);
    expect(outOfService.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ROOM.NOT_ASSIGNABLE' });
    expect(outOfService.errors?.[0].message).toMatch(/Room 101 is OUT_OF_SERVICE until 2030-04-02: Carpet replaced/);
    expect((await checkIn(first, room['102'])).errors?.[0].message).toMatch(/Room 102 is DIRTY/);
    expect((await checkIn(first, room['901'])).errors?.[0].message).toMatch(/not of the booked room type/);
    // any room: 101 is out of service and 102 dirty, so 103
    expect((await checkIn(first)).data!.checkIn).toEqual({ status: 'CHECKED_IN', room: { number: '103', occupied: true } });
    expect((await checkIn(second)).errors?.[0].extensions?.reason).toBe('ROOM.NOT_ASSIGNABLE');
    const tomorrow = (
      await gqlOk(
        sg.url,
        `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2030-04-02", departure: "2030-04-03", guestName: "Early Bird", channel: PHONE}) { id } }`,
        { t: type.STE },
        frontDesk(),
      )
    ).createReservation.id;
    expect((await checkIn(tomorrow)).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.CHECK_IN_TOO_EARLY' });
    await gqlOk(sg.url, `mutation($id: ID!) { cancelReservation(id: $id) { id } }`, { id: tomorrow }, frontDesk());
  });

  it('moves an in-house guest to another room, shifting inventory to the new type and leaving the old room dirty', async () => {
    const list = await ok(`query($p: ID!) { reservations(propertyId: $p, status: CHECKED_IN, first: 10) { nodes { id } } }`, {
      p: propertyId,
    });
    const id = list.reservations.nodes[0].id;
    const moved = await gqlOk(
      sg.url,
      `mutation($id: ID!, $r: ID!) { moveRoom(id: $id, toRoomId: $r, reason: "noise complaint") { roomTypeId room { number occupied } history { action details } } }`,
      { id, r: room['901'] },
      frontDesk(),
    );
    expect(moved.moveRoom).toMatchObject({ roomTypeId: type.STE, room: { number: '901', occupied: true } });
    expect(JSON.parse(moved.moveRoom.history.at(-1).details)).toMatchObject({ fromRoom: '103', toRoom: '901', reason: 'noise complaint' });
    const rooms = await ok(`query($p: ID!) { rooms(propertyId: $p, first: 10) { nodes { number occupied housekeepingStatus } } }`, {
      p: propertyId,
    });
    expect(rooms.rooms.nodes.find((r: { number: string }) => r.number === '103')).toEqual({
      number: '103',
      occupied: false,
      housekeepingStatus: 'DIRTY',
    });
    const sold = async (t: string) =>
      (
        await ok(`query($t: ID!) { roomInventory(roomTypeId: $t, from: "2030-04-01", to: "2030-04-04") { sold } }`, { t })
      ).roomInventory.map((d: { sold: number }) => d.sold);
    expect(await sold(type.STE)).toEqual([1, 1, 1]);
    expect(await sold(type.STD)).toEqual([1, 1, 1]); // the second STD booking still holds its nights
  });
});
