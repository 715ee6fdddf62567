import { startPlatform, type Platform } from './platform';

/**
 * The availability guarantee through the gateway on PostgreSQL: 200 bookings fired at once at a
 * room type with N rooms left. The database decides — exactly N succeed, every other request is
 * refused with CONFLICT / RESERVATION.NO_AVAILABILITY, and the ledger shows the type sold out.
 */
describe('availability under concurrent bookings through the gateway (PostgreSQL)', () => {
  let platform: Platform;
  let roomTypeId: string;
  const ROOMS = 12;
  const ALREADY_SOLD = 4;
  const LEFT = ROOMS - ALREADY_SOLD;
  const ATTEMPTS = 200;
  const arrival = '2099-03-10';
  const departure = '2099-03-13';

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process', dialect: 'postgres' });
    const { ok } = platform;
    const propertyId = (
      await ok(
        `mutation { createProperty(input: {code: "LOAD", name: "Load Test Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard Queen", capacity: 2, baseRateMinor: 45000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (let n = 1; n <= ROOMS; n++) {
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 3}) { id } }`, {
        t: roomTypeId,
        n: `3${String(n).padStart(2, '0')}`,
      });
    }
    // Part of the stay's nights already sold, so "N left" is the tightest night.
    for (let i = 0; i < ALREADY_SOLD; i++) await book(`Early ${i}`, '2099-03-11', '2099-03-12');
  });
  afterAll(() => platform?.stop());

  function book(guestName: string, a = arrival, d = departure) {
    return platform.query(
      `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $g: String!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: $g, channel: ONLINE}) { id } }`,
      { t: roomTypeId, a, d, g: guestName },
    );
  }

  it(`lets exactly ${LEFT} of ${ATTEMPTS} simultaneous bookings through and refuses the rest by reason`, async () => {
    const results = await Promise.all(Array.from({ length: ATTEMPTS }, (_, i) => book(`Guest ${i}`)));
    const booked = results.filter((r) => !r.errors && r.data?.createReservation?.id);
    const refused = results.filter((r) => r.errors);
    expect(booked).toHaveLength(LEFT);
    expect(refused).toHaveLength(ATTEMPTS - LEFT);
    for (const r of refused) expect(r.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.NO_AVAILABILITY' });

    const ledger = await platform.ok(
      `query($t: ID!) { roomInventory(roomTypeId: $t, from: "2099-03-10", to: "2099-03-13") { date roomsInService sold available } }`,
      { t: roomTypeId },
    );
    expect(ledger.roomInventory).toEqual([
      { date: '2099-03-10', roomsInService: ROOMS, sold: LEFT, available: ROOMS - LEFT },
      { date: '2099-03-11', roomsInService: ROOMS, sold: ROOMS, available: 0 },
      { date: '2099-03-12', roomsInService: ROOMS, sold: LEFT, available: ROOMS - LEFT },
    ]);
    const stays = await platform.ok(`query($p: ID!) { reservations(propertyId: $p, arrival: "2099-03-10", first: 100) { nodes { id } } }`, {
      p: (await platform.ok(`query { properties(first: 10) { nodes { id code } } }`)).properties.nodes.find(
        (p: { code: string }) => p.code === 'LOAD',
      ).id,
    });
    expect(stays.reservations.nodes).toHaveLength(LEFT);
  });
});
