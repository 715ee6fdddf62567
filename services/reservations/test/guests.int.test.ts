import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const frontDesk = () => staff(['front-desk']);
/** 10:00 in Asia/Shanghai on the arrival day; the check-outs happen on the booked departure day. */
let now = '2030-05-01T02:00:00Z';
const clock = { now: () => new Date(now) };

describe.each(DIALECTS)('guest profiles on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let typeId: string;
  let guestId: string;
  const stayIds: string[] = [];

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const GUEST = 'id name vipLevel regular erased email phone preferences stats { stays nights roomRevenue { amountMinor currency } }';

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "GS", name: "Guests", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    typeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Std", capacity: 2, baseRateMinor: 30000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['301', '302', '303'])
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 3}) { id } }`, { t: typeId, n });
    guestId = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { createGuest(input: {propertyId: $p, name: "林晓", email: "lin@example.com", phone: "+86 138 0000 0000", preferences: ["high floor", "no nuts"], vipLevel: 2}) { id } }`,
        { p: propertyId },
        frontDesk(),
      )
    ).createGuest.id;
    for (let i = 0; i < 3; i++) {
      const id = (
        await gqlOk(
          sg.url,
          `mutation($t: ID!, $g: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2030-05-01", departure: "2030-05-03", guestName: "林晓", guestEmail: "lin@example.com", guestId: $g, channel: PHONE, specialRequests: "extra towels"}) { id } }`,
          { t: typeId, g: guestId },
          frontDesk(),
        )
      ).createReservation.id;
      stayIds.push(id);
    }
  });
  afterAll(() => sg?.stop());

  it('keeps stay history and statistics and flags a regular after the third completed stay', async () => {
    for (const [i, id] of stayIds.entries()) {
      now = '2030-05-01T02:00:00Z';
      await gqlOk(sg.url, `mutation($id: ID!) { checkIn(id: $id) { id } }`, { id }, frontDesk());
      now = '2030-05-03T02:00:00Z';
      await gqlOk(
        sg.url,
        `mutation($id: ID!) { postFolioPayment(input: {reservationId: $id, description: "Alipay", amountMinor: 60000}) { id } }`,
        { id },
        frontDesk(),
      );
      await gqlOk(sg.url, `mutation($id: ID!) { checkOut(id: $id) { id } }`, { id }, frontDesk());
      const g = await gqlOk(sg.url, `query($id: ID!) { guest(id: $id) { regular } }`, { id: guestId }, frontDesk());
      expect(g.guest.regular).toBe(i === 2);
    }
    now = '2030-05-01T02:00:00Z';
    const g = await gqlOk(sg.url, `query($id: ID!) { guest(id: $id) { ${GUEST} stays { id status } } }`, { id: guestId }, frontDesk());
    expect(g.guest).toMatchObject({
      name: '林晓',
      vipLevel: 2,
      regular: true,
      email: 'lin@example.com',
      preferences: ['high floor', 'no nuts'],
      stats: { stays: 3, nights: 6, roomRevenue: { amountMinor: 180000, currency: 'CNY' } },
    });
    expect(g.guest.stays.map((s: { id: string }) => s.id).sort()).toEqual([...stayIds].sort());
  });

  it('shows personal fields only to roles that need them', async () => {
    const housekeeping = await gql(
      sg.url,
      `query($id: ID!) { guest(id: $id) { name vipLevel email } }`,
      { id: guestId },
      staff(['housekeeping']),
    );
    expect(housekeeping.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(housekeeping.errors?.[0].path).toEqual(['guest', 'email']);
    const basics = await gqlOk(sg.url, `query($id: ID!) { guest(id: $id) { name vipLevel } }`, { id: guestId }, staff(['housekeeping']));
    expect(basics.guest).toEqual({ name: '林晓', vipLevel: 2 });
    const list = await gql(
      sg.url,
      `query($p: ID!) { guests(propertyId: $p, first: 5) { nodes { id } } }`,
      { p: propertyId },
      staff(['fnb-server']),
    );
    expect(list.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('erases personal data on request, from the profile and its stays, and keeps the statistics', async () => {
    const erased = await gqlOk(sg.url, `mutation($id: ID!) { eraseGuest(id: $id) { ${GUEST} } }`, { id: guestId }, staff(['duty-manager']));
    expect(erased.eraseGuest).toMatchObject({
      name: 'Erased guest',
      erased: true,
      email: null,
      phone: null,
      preferences: [],
      vipLevel: 2,
      stats: { stays: 3, nights: 6, roomRevenue: { amountMinor: 180000 } },
    });
    const stay = await gqlOk(
      sg.url,
      `query($id: ID!) { reservation(id: $id) { guestName guestEmail specialRequests } }`,
      { id: stayIds[0] },
      frontDesk(),
    );
    expect(stay.reservation).toEqual({ guestName: 'Erased guest', guestEmail: null, specialRequests: null });
    const event = await sg.app.deps.db.manager.findOneByOrFail(OutboxRow, { messageKey: guestId });
    expect(event.type).toBe('hotelops.reservations.guest.erased.v1');
    expect(JSON.parse(event.payload).reservationIds).toHaveLength(3);
    const update = await gql(
      sg.url,
      `mutation($id: ID!) { updateGuest(id: $id, input: {vipLevel: 3}) { id } }`,
      { id: guestId },
      frontDesk(),
    );
    expect(update.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GUEST.ERASED' });
  });
});
