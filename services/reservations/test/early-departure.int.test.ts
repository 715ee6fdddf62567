import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

const frontDesk = () => staff(['front-desk']);
/** 10:00 in Asia/Shanghai on the given day. */
const at = (date: string) => new Date(`${date}T02:00:00Z`);
const clock = { at: at('2030-04-01'), now: () => clock.at };

/**
 * A guest who leaves before the booked departure: the nights not stayed go back to the
 * room-inventory ledger, the stay is re-priced to the nights used at the prices it was booked at
 * (the room charge reduced by an allowance) and the plan's early-departure fee is charged.
 */
describe.each(DIALECTS)('early departure on %s', (dialect) => {
  let sg: RunningSubgraph;
  let typeId: string;
  let flexPlan: string;

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v, frontDesk());
  const call = (q: string, v: Record<string, unknown> = {}) => gql(sg.url, q, v, frontDesk());
  const STAY = `status arrival departure total { amountMinor } folio { balance { amountMinor } lines { kind description amount { amountMinor } } }`;
  const stay = async (id: string) => (await ok(`query($id: ID!) { reservation(id: $id) { ${STAY} } }`, { id })).reservation;
  const sold = async (from: string, to: string) =>
    (
      await ok(`query($t: ID!, $f: LocalDate!, $to: LocalDate!) { roomInventory(roomTypeId: $t, from: $f, to: $to) { sold } }`, {
        t: typeId,
        f: from,
        to,
      })
    ).roomInventory.map((d: { sold: number }) => d.sold);
  const checkedIn = async (arrival: string, departure: string, plan?: string) => {
    clock.at = at(arrival);
    const id = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $r: ID) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Zhang Wei", channel: PHONE, ratePlanId: $r}) { id } }`,
        { t: typeId, a: arrival, d: departure, r: plan },
      )
    ).createReservation.id as string;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id });
    return id;
  };
  const pay = (id: string, amountMinor: number, kind = 'postFolioPayment') =>
    ok(`mutation($r: ID!, $m: Int!) { ${kind}(input: {reservationId: $r, description: "Desk", amountMinor: $m}) { id } }`, {
      r: id,
      m: amountMinor,
    });

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    const gm = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
    const propertyId = (
      await gm(`mutation { createProperty(input: {code: "ED", name: "Early", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    typeId = (
      await gm(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard", capacity: 2, baseRateMinor: 30000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['101', '102', '103'])
      await gm(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, { t: typeId, n });
    flexPlan = (
      await gm(
        `mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "FLEX", name: "Flexible", earlyDepartureFeeKind: PERCENT, earlyDepartureFeeValue: 50}) { id earlyDepartureFeeKind earlyDepartureFeeValue } }`,
        { p: propertyId },
      )
    ).createRatePlan.id;
    await gm(
      `mutation($r: ID!, $t: ID!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: "2030-04-01", to: "2030-05-01", priceMinor: 40000}) }`,
      {
        r: flexPlan,
        t: typeId,
      },
    );
    await gm(
      `mutation($r: ID!, $t: ID!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: "2030-04-02", to: "2030-04-03", priceMinor: 45000}) }`,
      {
        r: flexPlan,
        t: typeId,
      },
    );
  });
  afterAll(() => sg?.stop());

  it('gives the unused nights back, re-prices to the nights used and charges the plan’s fee; then checks out', async () => {
    const id = await checkedIn('2030-04-01', '2030-04-05', flexPlan); // 40,000 + 45,000 + 40,000 + 40,000
    expect(await stay(id)).toMatchObject({ total: { amountMinor: 165000 }, folio: { balance: { amountMinor: 165000 } } });
    clock.at = at('2030-04-03');
    const early = (await ok(`mutation($id: ID!) { departEarly(id: $id) { ${STAY} history { action details } } }`, { id })).departEarly;
    expect(early).toMatchObject({ status: 'CHECKED_IN', arrival: '2030-04-01', departure: '2030-04-03', total: { amountMinor: 85000 } });
    // Lines posted in one instant have no order among themselves.
    expect(early.folio.lines).toHaveLength(3);
    expect(early.folio.lines).toEqual(
      expect.arrayContaining([
        { kind: 'CHARGE', description: 'Room 101, 2030-04-01 to 2030-04-05', amount: { amountMinor: 165000 } },
        { kind: 'ALLOWANCE', description: 'Early departure: 2 nights from 2030-04-03 not stayed', amount: { amountMinor: 80000 } },
        { kind: 'CHARGE', description: 'Early departure fee (FLEX)', amount: { amountMinor: 40000 } },
      ]),
    );
    expect(early.folio.balance.amountMinor).toBe(125000);
    expect(JSON.parse(early.history.at(-1).details)).toEqual({
      previousDeparture: '2030-04-05',
      departure: '2030-04-03',
      nightsReleased: 2,
      allowanceMinor: 80000,
      feeMinor: 40000,
    });
    expect(await sold('2030-04-01', '2030-04-05')).toEqual([1, 1, 0, 0]);

    await pay(id, 125000);
    expect((await ok(`mutation($id: ID!) { checkOut(id: $id) { status departure } }`, { id })).checkOut).toEqual({
      status: 'CHECKED_OUT',
      departure: '2030-04-03',
    });
    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: id }, order: { seq: 'ASC' } });
    const payload = (type: string) => JSON.parse(events.find((e) => e.type === type)!.payload);
    expect(payload('hotelops.reservations.reservation.modified.v1')).toMatchObject({
      departure: '2030-04-03',
      previous: { departure: '2030-04-05' },
      total: { amountMinor: 85000 },
    });
    expect(payload('hotelops.reservations.reservation.checked-out.v1')).toMatchObject({
      departure: '2030-04-03',
      folioTotal: { amountMinor: 205000 },
    });
    const report = await gqlOk(
      sg.url,
      `query($p: ID!) { occupancyReport(propertyId: $p, from: "2030-04-01", to: "2030-04-05") { total { roomsSold roomRevenueMinor } } }`,
      { p: (await ok(`query($id: ID!) { reservation(id: $id) { propertyId } }`, { id })).reservation.propertyId },
      staff(['general-manager']),
    );
    expect(report.occupancyReport.total).toEqual({ roomsSold: 2, roomRevenueMinor: 85000 });
  });

  it('re-prices at check-out itself, all or nothing: a prepaid guest is refunded before leaving', async () => {
    const id = await checkedIn('2030-04-10', '2030-04-13'); // rack rate, no plan: no fee
    await pay(id, 90000);
    clock.at = at('2030-04-11');
    const refused = await call(`mutation($id: ID!) { checkOut(id: $id) { status } }`, { id });
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'RESERVATION.FOLIO_NOT_SETTLED',
      balanceMinor: -60000,
    });
    expect(await stay(id)).toMatchObject({ status: 'CHECKED_IN', departure: '2030-04-13', folio: { balance: { amountMinor: 0 } } });
    expect(await sold('2030-04-10', '2030-04-13')).toEqual([1, 1, 1]);

    expect(
      (await ok(`mutation($id: ID!) { departEarly(id: $id) { departure folio { balance { amountMinor } } } }`, { id })).departEarly,
    ).toEqual({
      departure: '2030-04-11',
      folio: { balance: { amountMinor: -60000 } },
    });
    await pay(id, 60000, 'postFolioCharge'); // the refund, paid out at the desk
    expect((await ok(`mutation($id: ID!) { checkOut(id: $id) { status total { amountMinor } } }`, { id })).checkOut).toEqual({
      status: 'CHECKED_OUT',
      total: { amountMinor: 30000 },
    });
    expect(await sold('2030-04-10', '2030-04-13')).toEqual([1, 0, 0]);
  });

  it('charges one night to a guest who leaves on the arrival day, and refuses an early departure with nothing to give back', async () => {
    const id = await checkedIn('2030-04-20', '2030-04-22');
    const early = (await ok(`mutation($id: ID!) { departEarly(id: $id) { departure total { amountMinor } } }`, { id })).departEarly;
    expect(early).toEqual({ departure: '2030-04-21', total: { amountMinor: 30000 } });
    const again = await call(`mutation($id: ID!) { departEarly(id: $id) { id } }`, { id });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RESERVATION.NOTHING_TO_CHANGE' });

    const booked = (
      await ok(
        `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2030-04-25", departure: "2030-04-27", guestName: "Wang Fang", channel: PHONE}) { id } }`,
        { t: typeId },
      )
    ).createReservation.id;
    const notInHouse = await call(`mutation($id: ID!) { departEarly(id: $id) { id } }`, { id: booked });
    expect(notInHouse.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.INVALID_TRANSITION' });
  });
});
