import { SubgraphApp } from '@hotelops/kernel';
import { eventually, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

/**
 * Rooms are cached by id for the front-desk board's hot read and dropped when RoomStatusChanged
 * arrives. Two replicas on one PostgreSQL database and the real Kafka broker: replica A serves a
 * room from its cache, replica B changes the room, and A answers with the change once the event
 * reaches it — no TTL involved.
 */
describe('room cache invalidated by RoomStatusChanged (two replicas, PostgreSQL, Kafka)', () => {
  let a: RunningSubgraph;
  let b: SubgraphApp;
  let roomId: string;

  beforeAll(async () => {
    a = await startSubgraph(reservationsSubgraph, { dialect: 'postgres', kafka: true, env: { OUTBOX_POLL_MS: '50' } });
    b = new SubgraphApp(reservationsSubgraph, { config: { ...a.config, PORT: 0 } });
    await b.start();
    const propertyId = (
      await gqlOk(
        a.url,
        `mutation { createProperty(input: {code: "RC", name: "Room Cache", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    const typeId = (
      await gqlOk(
        a.url,
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard", capacity: 2, baseRateMinor: 30000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    roomId = (
      await gqlOk(a.url, `mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "101", floor: 1}) { id } }`, { t: typeId })
    ).createRoom.id;
  });
  afterAll(async () => {
    await b?.stop();
    await a?.stop();
  });

  const statusAt = async (url: string) =>
    (
      await gqlOk(url, `query($r: [_Any!]!) { _entities(representations: $r) { ... on Room { number housekeepingStatus } } }`, {
        r: [{ __typename: 'Room', id: roomId }],
      })
    )._entities[0].housekeepingStatus;

  it('serves the cached room until its event arrives, then the changed one', async () => {
    const cache = (a.app.services as { rooms: { roomCache: { hits: number; size: number } } }).rooms.roomCache;
    const before = await statusAt(a.url);
    await statusAt(a.url);
    expect(cache.size).toBe(1);
    expect(cache.hits).toBeGreaterThan(0);

    const next = before === 'DIRTY' ? 'CLEAN' : 'DIRTY';
    await gqlOk(
      b.url,
      `mutation($r: ID!, $s: HousekeepingStatus!) { setRoomHousekeepingStatus(roomId: $r, status: $s) { housekeepingStatus } }`,
      { r: roomId, s: next },
      staff(['housekeeping']),
    );
    // the deadline bounds a failing test only; nothing asserts on elapsed time
    await eventually(async () => expect(await statusAt(a.url)).toBe(next), { timeoutMs: 30_000 });
  });
});
