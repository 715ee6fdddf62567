import { DIALECTS, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const manager = () => staff(['duty-manager']);
const clock = {
  at: new Date('2030-07-01T02:00:00Z'),
  now() {
    return this.at;
  },
};

/**
 * A four-room fixture whose figures are worked out by hand:
 *   rooms: A101, A102 (rack 500.00), B201, B202 (rack 800.00); B202 out of order the night of 07-11
 *   R1 "Anna"  A 07-10→07-13 confirmed        R2 "Bert" B 07-10→07-11 confirmed
 *   R3 "Carl"  B 07-11→07-12 cancelled        R4 "Dora" A 07-11→07-12 tentative
 *   07-10: 4 available, 2 sold (R1 500 + R2 800) → 50 %, ADR 650.00, RevPAR 325.00
 *   07-11: 3 available, 2 sold (R1 500 + R4 500) → 66.67 %, ADR 500.00, RevPAR 333.33
 *   07-12: 4 available, 1 sold (R1 500)          → 25 %, ADR 500.00, RevPAR 125.00
 *   period: 11 available, 5 sold, 2 800.00 → 45.45 %, ADR 560.00, RevPAR 254.55 (254.545… rounded)
 */
describe.each(DIALECTS)('reports on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  const ids: Record<string, string> = {};

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);

  beforeAll(async () => {
    clock.at = new Date('2030-07-01T02:00:00Z');
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "RP", name: "Reports", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    for (const [code, rate, rooms] of [
      ['A', 50000, ['A101', 'A102']],
      ['B', 80000, ['B201', 'B202']],
    ] as const) {
      ids[code] = (
        await ok(
          `mutation($p: ID!, $c: String!, $r: Int!) { createRoomType(input: {propertyId: $p, code: $c, name: $c, capacity: 2, baseRateMinor: $r}) { id } }`,
          { p: propertyId, c: code, r: rate },
        )
      ).createRoomType.id;
      for (const n of rooms)
        ids[n] = (
          await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, {
            t: ids[code],
            n,
          })
        ).createRoom.id;
    }
    await ok(
      `mutation($r: ID!) { setRoomOutOfOrder(input: {roomId: $r, kind: OUT_OF_ORDER, reason: "AC repair", from: "2030-07-11", returnDate: "2030-07-12"}) { id } }`,
      { r: ids.B202 },
    );
    const book = async (guest: string, type: string, arrival: string, departure: string, confirmed = true) =>
      (
        await ok(
          `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $g: String!, $c: Boolean!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: $g, channel: PHONE, confirmed: $c}) { id } }`,
          { t: ids[type], a: arrival, d: departure, g: guest, c: confirmed },
        )
      ).createReservation.id;
    ids.R1 = await book('Anna', 'A', '2030-07-10', '2030-07-13');
    ids.R2 = await book('Bert', 'B', '2030-07-10', '2030-07-11');
    ids.R3 = await book('Carl', 'B', '2030-07-11', '2030-07-12');
    ids.R4 = await book('Dora', 'A', '2030-07-11', '2030-07-12', false);
    await ok(`mutation($id: ID!) { cancelReservation(id: $id) { id } }`, { id: ids.R3 });
  });
  afterAll(() => sg?.stop());

  it('computes occupancy, ADR and RevPAR per night and for the period', async () => {
    const r = await gqlOk(
      sg.url,
      `query($p: ID!) { occupancyReport(propertyId: $p, from: "2030-07-10", to: "2030-07-13") {
        days { date roomsAvailable roomsSold roomRevenueMinor occupancyPercent adrMinor revparMinor }
        total { roomsAvailable roomsSold roomRevenueMinor occupancyPercent adrMinor revparMinor } } }`,
      { p: propertyId },
      manager(),
    );
    expect(r.occupancyReport.days).toEqual([
      {
        date: '2030-07-10',
        roomsAvailable: 4,
        roomsSold: 2,
        roomRevenueMinor: 130000,
        occupancyPercent: 50,
        adrMinor: 65000,
        revparMinor: 32500,
      },
      {
        date: '2030-07-11',
        roomsAvailable: 3,
        roomsSold: 2,
        roomRevenueMinor: 100000,
        occupancyPercent: 66.67,
        adrMinor: 50000,
        revparMinor: 33333,
      },
      {
        date: '2030-07-12',
        roomsAvailable: 4,
        roomsSold: 1,
        roomRevenueMinor: 50000,
        occupancyPercent: 25,
        adrMinor: 50000,
        revparMinor: 12500,
      },
    ]);
    expect(r.occupancyReport.total).toEqual({
      roomsAvailable: 11,
      roomsSold: 5,
      roomRevenueMinor: 280000,
      occupancyPercent: 45.45,
      adrMinor: 56000,
      revparMinor: 25455,
    });
  });

  it('reports pickup in a booking window', async () => {
    const pickup = (bf: string, bt: string) =>
      gqlOk(
        sg.url,
        `query($p: ID!, $bf: DateTime!, $bt: DateTime!) { pickupReport(propertyId: $p, from: "2030-07-10", to: "2030-07-13", bookedFrom: $bf, bookedTo: $bt) { date booked cancelled pickup onTheBooks } }`,
        { p: propertyId, bf, bt },
        manager(),
      );
    expect((await pickup('2030-07-01T00:00:00Z', '2030-07-02T00:00:00Z')).pickupReport).toEqual([
      { date: '2030-07-10', booked: 2, cancelled: 0, pickup: 2, onTheBooks: 2 },
      { date: '2030-07-11', booked: 3, cancelled: 1, pickup: 2, onTheBooks: 2 },
      { date: '2030-07-12', booked: 1, cancelled: 0, pickup: 1, onTheBooks: 1 },
    ]);
    expect((await pickup('2030-07-02T00:00:00Z', '2030-07-03T00:00:00Z')).pickupReport.map((d: { pickup: number }) => d.pickup)).toEqual([
      0, 0, 0,
    ]);
  });

  it('lists arrivals, departures and guests in house', async () => {
    clock.at = new Date('2030-07-10T04:00:00Z');
    for (const id of [ids.R1, ids.R2]) await gqlOk(sg.url, `mutation($id: ID!) { checkIn(id: $id) { id } }`, { id }, staff(['front-desk']));
    const list = async (date: string, kind: string) =>
      (
        await gqlOk(
          sg.url,
          `query($p: ID!, $d: LocalDate!, $k: FrontDeskList!) { frontDeskList(propertyId: $p, date: $d, kind: $k) { guestName } }`,
          { p: propertyId, d: date, k: kind },
          staff(['front-desk']),
        )
      ).frontDeskList.map((r: { guestName: string }) => r.guestName);
    expect(await list('2030-07-10', 'ARRIVALS')).toEqual(['Anna', 'Bert']);
    expect(await list('2030-07-11', 'ARRIVALS')).toEqual(['Dora']);
    expect(await list('2030-07-10', 'IN_HOUSE')).toEqual(['Anna', 'Bert']);
    expect(await list('2030-07-11', 'DEPARTURES')).toEqual(['Bert']);
  });
});
