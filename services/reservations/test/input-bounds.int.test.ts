import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const frontDesk = () => staff(['front-desk']);
const clock = { now: () => new Date('2099-05-01T04:00:00Z') };
const LONG = 'x'.repeat(100_000);

/**
 * The defects of unbounded input, on real stays: an over-long deposit reference or cancellation
 * reason, a charge near 2³¹, a balance past 2³¹, a change that changes nothing. Each is refused
 * before anything is written, as bad input naming the field and its limit — or, for the
 * balance, read back exactly.
 */
describe.each(DIALECTS)('bounded input on real stays on %s', (dialect) => {
  let sg: RunningSubgraph;
  let roomTypeId: string;
  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v, frontDesk());
  const call = (q: string, v: Record<string, unknown> = {}) => gql(sg.url, q, v, frontDesk());
  let week = 0;
  /** A two-night stay, each in a week of its own (three rooms). */
  const book = async () => {
    const arrival = new Date(Date.parse('2099-06-01T00:00:00Z') + 7 * 86_400_000 * week++).toISOString().slice(0, 10);
    const departure = new Date(Date.parse(arrival) + 2 * 86_400_000).toISOString().slice(0, 10);
    return (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Li Na", channel: PHONE}) { id } }`,
        { t: roomTypeId, a: arrival, d: departure },
      )
    ).createReservation.id as string;
  };
  const stay = async (id: string) =>
    (
      await ok(
        `query($id: ID!) { reservation(id: $id) { status depositPaid { amountMinor } folio { balance { amountMinor } lines { kind } } } }`,
        {
          id,
        },
      )
    ).reservation;
  const events = (id: string) => sg.app.deps.db.manager.countBy(OutboxRow, { messageKey: id });

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    const propertyId = (
      await gqlOk(
        sg.url,
        `mutation { createProperty(input: {code: "BD", name: "Bounds", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard", capacity: 2, baseRateMinor: 30000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['101', '102', '103'])
      await gqlOk(sg.url, `mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, {
        t: roomTypeId,
        n,
      });
  });
  afterAll(() => sg?.stop());

  it('refuses a 100,000-character deposit reference, naming the field and its limit, and records nothing', async () => {
    const id = await book();
    const before = await events(id);
    const res = await call(`mutation($id: ID!, $ref: String!) { recordDeposit(id: $id, amountMinor: 5000, reference: $ref) { id } }`, {
      id,
      ref: LONG,
    });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', field: 'reference' });
    expect(res.errors?.[0].message).toMatch(/reference: must be at most 64 characters/);
    expect(await stay(id)).toMatchObject({ depositPaid: { amountMinor: 0 }, folio: { lines: [] } });
    expect(await events(id)).toBe(before);
    // A reference of the limit is fine.
    await ok(`mutation($id: ID!, $ref: String!) { recordDeposit(id: $id, amountMinor: 5000, reference: $ref) { id } }`, {
      id,
      ref: 'R'.repeat(64),
    });
    expect((await stay(id)).depositPaid.amountMinor).toBe(5000);
  });

  it('refuses a 100,000-character cancellation reason; the stay stays booked and nothing is published', async () => {
    const id = await book();
    const before = await events(id);
    const res = await call(`mutation($id: ID!, $r: String) { cancelReservation(id: $id, reason: $r) { status } }`, { id, r: LONG });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', field: 'reason' });
    expect(res.errors?.[0].message).toMatch(/reason: must be at most 500 characters/);
    expect((await stay(id)).status).toBe('CONFIRMED');
    expect(await events(id)).toBe(before);
    const blank = await call(`mutation($id: ID!, $r: String) { cancelReservation(id: $id, reason: $r) { status } }`, { id, r: '  ' });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
  });

  it('refuses a single charge near 2³¹ and keeps the folio readable', async () => {
    const id = await book();
    const res = await call(
      `mutation($r: ID!) { postFolioCharge(input: {reservationId: $r, description: "Minibar", amountMinor: 2147483000}) { id } }`,
      { r: id },
    );
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID', fields: ['amountMinor'] });
    expect(res.errors?.[0].message).toMatch(/amountMinor must not be greater than 100000000/);
    expect((await stay(id)).folio).toEqual({ balance: { amountMinor: 0 }, lines: [] });
  });

  it('reads a balance past 2³¹ exactly: amounts are bounded, sums are SafeInt', async () => {
    const id = await book();
    for (let i = 0; i < 25; i++)
      await ok(`mutation($r: ID!) { postFolioCharge(input: {reservationId: $r, description: "Banquet", amountMinor: 100000000}) { id } }`, {
        r: id,
      });
    expect((await stay(id)).folio.balance.amountMinor).toBe(2_500_000_000);
  });

  it('refuses a change that changes nothing, and a blank guest name', async () => {
    const id = await book();
    const before = await events(id);
    const MODIFY = `mutation($id: ID!, $in: ModifyReservationInput!) { modifyReservation(id: $id, input: $in) { id arrival departure } }`;
    const { arrival, departure } = (await ok(`query($id: ID!) { reservation(id: $id) { arrival departure } }`, { id })).reservation;
    for (const input of [{}, { arrival, departure, guestName: 'Li Na', adults: 1, roomTypeId, specialRequests: '' }]) {
      const res = await call(MODIFY, { id, in: input });
      expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESERVATION.NOTHING_TO_CHANGE' });
    }
    const blank = await call(MODIFY, { id, in: { guestName: '   ' } });
    expect(blank.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: ['guestName'] });
    expect(await events(id)).toBe(before);
    const later = new Date(Date.parse(departure) + 86_400_000).toISOString().slice(0, 10);
    await ok(MODIFY, { id, in: { departure: later, guestName: 'Li Na' } });
    const history = (await ok(`query($id: ID!) { reservation(id: $id) { history { action details } } }`, { id })).reservation.history;
    expect(JSON.parse(history.at(-1).details).fields).toEqual(['departure']);
  });
});
