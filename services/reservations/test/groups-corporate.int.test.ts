import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph, type ReservationsServices } from '@hotelops/reservations';
import { blockReleaseJob } from '../src/group/block-release.job';

const agent = () => staff(['reservations-agent']);
const frontDesk = () => staff(['front-desk']);
/** A clock the tests move: starts 2030-06-01 10:00 in Asia/Shanghai. */
const clock = {
  at: new Date('2030-06-01T02:00:00Z'),
  now() {
    return this.at;
  },
};

describe.each(DIALECTS)('corporate accounts, group blocks and folio routing on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let typeId: string;
  let acme: string;
  let corpPlan: string;
  let block: string;
  const groupStays: string[] = [];

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const sold = async (from: string, to: string) =>
    (
      await ok(`query($t: ID!, $f: LocalDate!, $to: LocalDate!) { roomInventory(roomTypeId: $t, from: $f, to: $to) { sold } }`, {
        t: typeId,
        f: from,
        to,
      })
    ).roomInventory.map((d: { sold: number }) => d.sold);
  const book = (extra: string, arrival = '2030-06-10', departure = '2030-06-12') =>
    gql(
      sg.url,
      `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Team member", channel: EMAIL ${extra}}) { id total { amountMinor } corporateAccountId groupBlockId } }`,
      { t: typeId, a: arrival, d: departure },
      agent(),
    );
  const allotments = async () =>
    (await ok(`query($b: ID!) { groupBlock(id: $b) { status allotments { stayDate allotted pickedUp } } }`, { b: block })).groupBlock;

  beforeAll(async () => {
    clock.at = new Date('2030-06-01T02:00:00Z');
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "GR", name: "Groups", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    typeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Std", capacity: 2, baseRateMinor: 60000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['401', '402', '403', '404', '405'])
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 4}) { id } }`, { t: typeId, n });
    acme = (
      await ok(
        `mutation($p: ID!) { createCorporateAccount(input: {propertyId: $p, code: "ACME", name: "Acme 科技有限公司", contact: "Ms Wang"}) { id } }`,
        { p: propertyId },
      )
    ).createCorporateAccount.id;
    const bar = (
      await ok(`mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "BAR", name: "Best available"}) { id } }`, {
        p: propertyId,
      })
    ).createRatePlan.id;
    corpPlan = (
      await ok(
        `mutation($p: ID!, $a: ID!) { createRatePlan(input: {propertyId: $p, code: "CORP-ACME", name: "Acme negotiated", corporateAccountId: $a}) { id } }`,
        { p: propertyId, a: acme },
      )
    ).createRatePlan.id;
    for (const [plan, price] of [
      [bar, 50000],
      [corpPlan, 40000],
    ] as const) {
      await ok(
        `mutation($r: ID!, $t: ID!, $m: Int!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: "2030-06-01", to: "2030-07-01", priceMinor: $m}) }`,
        { r: plan, t: typeId, m: price },
      );
    }
  });
  afterAll(() => sg?.stop());

  it('offers and sells a negotiated rate only for its corporate account', async () => {
    const plans = async (extra: string) =>
      (
        await ok(
          `query($p: [ID!]!) { searchAvailability(input: {propertyIds: $p, arrival: "2030-06-20", departure: "2030-06-21" ${extra}}) { ratePlan { code } total { amountMinor } } }`,
          {
            p: [propertyId],
          },
        )
      ).searchAvailability.map((o: { ratePlan: { code: string } }) => o.ratePlan.code);
    expect(await plans('')).toEqual(['BAR']);
    expect(await plans(`, corporateAccountId: "${acme}"`)).toEqual(['BAR', 'CORP-ACME']);
    const without = await book(`, ratePlanId: "${corpPlan}"`, '2030-06-20', '2030-06-21');
    expect(without.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.RATE_NOT_AVAILABLE' });
    const withAccount = await book(`, ratePlanId: "${corpPlan}", corporateAccountId: "${acme}"`, '2030-06-20', '2030-06-21');
    expect(withAccount.data!.createReservation).toMatchObject({ total: { amountMinor: 40000 }, corporateAccountId: acme });
  });

  it('holds a definite block’s allotment out of general availability and picks bookings up from it', async () => {
    block = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!, $t: ID!, $a: ID!) { createGroupBlock(input: {propertyId: $p, code: "CONF-AI", name: "AI 大会", kind: CONFERENCE, corporateAccountId: $a, rateMinor: 35000, arrival: "2030-06-10", departure: "2030-06-12", releaseDate: "2030-06-05", allotments: [{roomTypeId: $t, rooms: 3}]}) { id status } }`,
        { p: propertyId, t: typeId, a: acme },
        agent(),
      )
    ).createGroupBlock.id;
    expect(await sold('2030-06-10', '2030-06-12')).toEqual([0, 0]);
    expect((await book(`, groupBlockId: "${block}"`)).errors?.[0].extensions?.reason).toBe('GROUP_BLOCK.NOT_BOOKABLE');

    await gqlOk(sg.url, `mutation($b: ID!) { makeGroupBlockDefinite(id: $b) { status } }`, { b: block }, agent());
    expect(await sold('2030-06-10', '2030-06-12')).toEqual([3, 3]);
    const rival = await gql(
      sg.url,
      `mutation($p: ID!, $t: ID!) { createGroupBlock(input: {propertyId: $p, code: "WEDDING", name: "Wedding", rateMinor: 30000, arrival: "2030-06-11", departure: "2030-06-12", releaseDate: "2030-06-04", allotments: [{roomTypeId: $t, rooms: 3}]}) { id } }`,
      { p: propertyId, t: typeId },
      agent(),
    );
    const definite = await gql(
      sg.url,
      `mutation($b: ID!) { makeGroupBlockDefinite(id: $b) { status } }`,
      { b: rival.data!.createGroupBlock.id },
      agent(),
    );
    expect(definite.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.NO_AVAILABILITY' });

    for (let i = 0; i < 3; i++) {
      const r = await book(`, groupBlockId: "${block}"`);
      expect(r.data!.createReservation).toMatchObject({ total: { amountMinor: 70000 }, groupBlockId: block, corporateAccountId: acme });
      groupStays.push(r.data!.createReservation.id);
    }
    expect((await book(`, groupBlockId: "${block}"`)).errors?.[0].extensions?.reason).toBe('GROUP_BLOCK.ALLOTMENT_EXHAUSTED');
    await gqlOk(sg.url, `mutation($id: ID!) { cancelReservation(id: $id) { status } }`, { id: groupStays.pop() }, agent());
    expect((await allotments()).allotments).toEqual([
      { stayDate: '2030-06-10', allotted: 3, pickedUp: 2 },
      { stayDate: '2030-06-11', allotted: 3, pickedUp: 2 },
    ]);
    expect(await sold('2030-06-10', '2030-06-12')).toEqual([3, 3]); // the cancelled room went back to the block
  });

  it('returns rooms not picked up to general availability on the release date (scheduled job)', async () => {
    const sweep = () => gqlOk(sg.url, `mutation($p: ID!) { runBlockReleaseSweep(propertyId: $p) { code } }`, { p: propertyId }, agent());
    clock.at = new Date('2030-06-04T15:59:00Z'); // 23:59 local on the 4th
    expect((await sweep()).runBlockReleaseSweep).toEqual([]);
    clock.at = new Date('2030-06-04T16:00:00Z'); // midnight local: the 5th — the scheduled job releases it
    await sg.app.scheduler.trigger(blockReleaseJob((sg.app.services as ReservationsServices).groupBlocks, sg.app.deps));
    expect((await ok(`query($b: ID!) { groupBlock(id: $b) { releasedAt } }`, { b: block })).groupBlock.releasedAt).toBe(
      '2030-06-04T16:00:00.000Z',
    );
    expect((await sweep()).runBlockReleaseSweep).toEqual([]);
    expect((await allotments()).allotments.map((a: { allotted: number }) => a.allotted)).toEqual([2, 2]);
    expect(await sold('2030-06-10', '2030-06-12')).toEqual([2, 2]);
    // after release a group booking's cancellation frees general availability
    await gqlOk(sg.url, `mutation($id: ID!) { cancelReservation(id: $id) { status } }`, { id: groupStays.pop() }, agent());
    expect(await sold('2030-06-10', '2030-06-12')).toEqual([1, 1]);
  });

  it('routes a group booking’s folio to the group account, so check-out needs no payment', async () => {
    const [id] = groupStays;
    clock.at = new Date('2030-06-10T04:00:00Z');
    await gqlOk(
      sg.url,
      `mutation($id: ID!, $b: ID!) { routeFolio(reservationId: $id, groupBlockId: $b) { id } }`,
      { id, b: block },
      frontDesk(),
    );
    await gqlOk(sg.url, `mutation($id: ID!) { checkIn(id: $id) { id } }`, { id }, frontDesk());
    clock.at = new Date('2030-06-12T02:00:00Z'); // the booked departure day
    const out = await gqlOk(
      sg.url,
      `mutation($id: ID!) { checkOut(id: $id) { status folio { balance { amountMinor } routedTo } } }`,
      { id },
      frontDesk(),
    );
    expect(out.checkOut).toEqual({ status: 'CHECKED_OUT', folio: { balance: { amountMinor: 0 }, routedTo: 'GROUP' } });
    const account = await gqlOk(
      sg.url,
      `query($b: ID!) { groupBlock(id: $b) { postings { reservationId amount { amountMinor currency } } } }`,
      { b: block },
      frontDesk(),
    );
    expect(account.groupBlock.postings).toEqual([{ reservationId: id, amount: { amountMinor: 70000, currency: 'CNY' } }]);
  });

  it('moves a group booking’s pickup with its dates when it is modified', async () => {
    const tour = (
      await gqlOk(
        sg.url,
        `mutation($p: ID!, $t: ID!) { createGroupBlock(input: {propertyId: $p, code: "TOUR", name: "Tour 旅行团", rateMinor: 30000, arrival: "2030-06-20", departure: "2030-06-23", releaseDate: "2030-06-19", allotments: [{roomTypeId: $t, rooms: 2}]}) { id } }`,
        { p: propertyId, t: typeId },
        agent(),
      )
    ).createGroupBlock.id;
    await gqlOk(sg.url, `mutation($b: ID!) { makeGroupBlockDefinite(id: $b) { status } }`, { b: tour }, agent());
    const id = (await book(`, groupBlockId: "${tour}"`, '2030-06-20', '2030-06-22')).data!.createReservation.id;
    const pickedUp = async () =>
      (await ok(`query($b: ID!) { groupBlock(id: $b) { allotments { pickedUp } } }`, { b: tour })).groupBlock.allotments.map(
        (a: { pickedUp: number }) => a.pickedUp,
      );
    expect(await pickedUp()).toEqual([1, 1, 0]);
    const moved = await gqlOk(
      sg.url,
      `mutation($id: ID!) { modifyReservation(id: $id, input: {arrival: "2030-06-21", departure: "2030-06-23"}) { total { amountMinor } } }`,
      { id },
      agent(),
    );
    expect(moved.modifyReservation.total).toEqual({ amountMinor: 60000 }); // still the group rate
    expect(await pickedUp()).toEqual([0, 1, 1]);
    const outside = await gql(
      sg.url,
      `mutation($id: ID!) { modifyReservation(id: $id, input: {departure: "2030-06-24"}) { id } }`,
      { id },
      agent(),
    );
    expect(outside.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'GROUP_BLOCK.ALLOTMENT_EXHAUSTED' });
    expect(await pickedUp()).toEqual([0, 1, 1]);
  });
});
