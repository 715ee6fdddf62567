import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph, type ReservationsServices } from '@hotelops/reservations';
import { noShowJob } from '../src/stay/no-show.job';

const agent = () => staff(['reservations-agent']);
const dutyManager = () => staff(['duty-manager']);

/** A clock the tests move: starts 2030-03-01 10:00 in Asia/Shanghai. */
const clock = {
  at: new Date('2030-03-01T02:00:00Z'),
  now() {
    return this.at;
  },
};

describe.each(DIALECTS)('reservation lifecycle on %s', (dialect) => {
  let sg: RunningSubgraph;
  let propertyId: string;
  let king: string;
  let twin: string;
  let plan: string;

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const FIELDS = 'id status arrival departure roomTypeId total { amountMinor } folio { balance { amountMinor } }';
  const book = async (t: string, a: string, d: string, withPlan = true) =>
    (
      await gqlOk(
        sg.url,
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $r: ID) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Sun Li", channel: EMAIL, ratePlanId: $r}) { ${FIELDS} } }`,
        { t, a, d, r: withPlan ? plan : null },
        agent(),
      )
    ).createReservation;
  const sold = async (t: string, from: string, to: string) =>
    (
      await ok(`query($t: ID!, $f: LocalDate!, $to: LocalDate!) { roomInventory(roomTypeId: $t, from: $f, to: $to) { sold } }`, {
        t,
        f: from,
        to,
      })
    ).roomInventory.map((d: { sold: number }) => d.sold);
  const modify = (id: string, input: string) =>
    gql(
      sg.url,
      `mutation($id: ID!) { modifyReservation(id: $id, input: {${input}}) { ${FIELDS} history { action details } } }`,
      { id },
      agent(),
    );

  beforeAll(async () => {
    clock.at = new Date('2030-03-01T02:00:00Z');
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock });
    propertyId = (
      await ok(
        `mutation { createProperty(input: {code: "LC", name: "Lifecycle", timeZone: "Asia/Shanghai", currency: "CNY", noShowCutoff: "20:00"}) { id } }`,
      )
    ).createProperty.id;
    const type = async (code: string, rooms: string[]) => {
      const t = (
        await ok(
          `mutation($p: ID!, $c: String!) { createRoomType(input: {propertyId: $p, code: $c, name: $c, capacity: 2, baseRateMinor: 40000}) { id } }`,
          { p: propertyId, c: code },
        )
      ).createRoomType.id;
      for (const n of rooms)
        await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 2}) { id } }`, { t, n });
      return t;
    };
    king = await type('K', ['201', '202']);
    twin = await type('T', ['211']);
    plan = (
      await ok(
        `mutation($p: ID!) { createRatePlan(input: {propertyId: $p, code: "FLEX", name: "Flexible", cancelFreeDaysBefore: 3, cancelFeeKind: NIGHTS, cancelFeeValue: 1, noShowFeeKind: PERCENT, noShowFeeValue: 50}) { id } }`,
        { p: propertyId },
      )
    ).createRatePlan.id;
    for (const [t, price] of [
      [king, 50000],
      [twin, 45000],
    ] as const) {
      await ok(
        `mutation($r: ID!, $t: ID!, $m: Int!) { setRates(input: {ratePlanId: $r, roomTypeId: $t, from: "2030-03-01", to: "2030-04-30", priceMinor: $m}) }`,
        {
          r: plan,
          t,
          m: price,
        },
      );
    }
  });
  afterAll(() => sg?.stop());

  it('moves dates and room type atomically, repricing and recording each change', async () => {
    const r = await book(king, '2030-03-10', '2030-03-12');
    const moved = await modify(r.id, 'arrival: "2030-03-11", departure: "2030-03-14"');
    expect(moved.errors).toBeUndefined();
    expect(moved.data!.modifyReservation).toMatchObject({ arrival: '2030-03-11', departure: '2030-03-14', total: { amountMinor: 150000 } });
    expect(await sold(king, '2030-03-10', '2030-03-14')).toEqual([0, 1, 1, 1]);

    const retyped = await modify(r.id, `roomTypeId: "${twin}"`);
    expect(retyped.data!.modifyReservation).toMatchObject({ roomTypeId: twin, total: { amountMinor: 135000 } });
    expect(await sold(king, '2030-03-11', '2030-03-14')).toEqual([0, 0, 0]);
    expect(await sold(twin, '2030-03-11', '2030-03-14')).toEqual([1, 1, 1]);
    const history = retyped.data!.modifyReservation.history;
    expect(history.map((h: { action: string }) => h.action)).toEqual(['CREATED', 'MODIFIED', 'MODIFIED']);
    expect(JSON.parse(history[1].details)).toMatchObject({
      before: { arrival: '2030-03-10', departure: '2030-03-12' },
      after: { arrival: '2030-03-11', departure: '2030-03-14' },
    });

    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: r.id }, order: { seq: 'ASC' } });
    expect(events.map((e) => e.type)).toEqual([
      'hotelops.reservations.reservation.created.v1',
      'hotelops.reservations.reservation.modified.v1',
      'hotelops.reservations.reservation.modified.v1',
    ]);
    expect(JSON.parse(events[2].payload)).toMatchObject({ roomTypeId: twin, previous: { roomTypeId: king, arrival: '2030-03-11' } });
  });

  it('refuses a change into nights that are sold out and leaves the stay and the ledger as they were', async () => {
    const blocker = await book(twin, '2030-03-20', '2030-03-21');
    const r = await book(twin, '2030-03-18', '2030-03-20');
    const refused = await modify(r.id, 'departure: "2030-03-21"');
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RESERVATION.NO_AVAILABILITY' });
    const after = await gqlOk(
      sg.url,
      `query($id: ID!) { reservation(id: $id) { departure total { amountMinor } history { action } } }`,
      { id: r.id },
      agent(),
    );
    expect(after.reservation).toEqual({ departure: '2030-03-20', total: { amountMinor: 90000 }, history: [{ action: 'CREATED' }] });
    expect(await sold(twin, '2030-03-18', '2030-03-21')).toEqual([1, 1, 1]);
    expect(blocker.status).toBe('CONFIRMED');
  });

  it('charges the cancellation fee of the plan inside its deadline only', async () => {
    const early = await book(king, '2030-03-25', '2030-03-27');
    const late = await book(king, '2030-03-03', '2030-03-05');
    const cancel = (id: string) =>
      gqlOk(
        sg.url,
        `mutation($id: ID!) { cancelReservation(id: $id, reason: "plans changed") { status folio { balance { amountMinor } } } }`,
        { id },
        agent(),
      );
    expect((await cancel(early.id)).cancelReservation).toEqual({ status: 'CANCELLED', folio: { balance: { amountMinor: 0 } } });
    // two days before arrival, the free period (three days) is over: first night charged
    expect((await cancel(late.id)).cancelReservation).toEqual({ status: 'CANCELLED', folio: { balance: { amountMinor: 50000 } } });
    expect(await sold(king, '2030-03-03', '2030-03-05')).toEqual([0, 0]);
  });

  it('marks unarrived stays no-show after the property’s cut-off, once, charging the plan’s fee', async () => {
    const guaranteed = await book(king, '2030-03-01', '2030-03-03');
    const rack = await book(king, '2030-03-01', '2030-03-02', false);
    const sweep = () =>
      gqlOk(sg.url, `mutation($p: ID!) { runNoShowSweep(propertyId: $p) { id status } }`, { p: propertyId }, dutyManager());

    clock.at = new Date('2030-03-01T11:59:00Z'); // 19:59 local: before the 20:00 cut-off
    expect((await sweep()).runNoShowSweep).toEqual([]);

    clock.at = new Date('2030-03-01T12:00:00Z'); // 20:00 local: the scheduled job marks both
    await sg.app.scheduler.trigger(noShowJob((sg.app.services as ReservationsServices).noShows, sg.app.deps));
    for (const id of [guaranteed.id, rack.id]) {
      const r = await gqlOk(sg.url, `query($id: ID!) { reservation(id: $id) { status } }`, { id }, agent());
      expect(r.reservation.status).toBe('NO_SHOW');
    }
    expect((await sweep()).runNoShowSweep).toEqual([]);

    const folio = await gqlOk(
      sg.url,
      `query($id: ID!) { reservation(id: $id) { folio { balance { amountMinor } } } }`,
      { id: guaranteed.id },
      agent(),
    );
    expect(folio.reservation.folio.balance.amountMinor).toBe(50000); // 50 % of two nights at 500
    expect(await sold(king, '2030-03-01', '2030-03-03')).toEqual([0, 0]);
    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: guaranteed.id }, order: { seq: 'ASC' } });
    expect(events.map((e) => e.type)).toContain('hotelops.reservations.reservation.marked-no-show.v1');
  });

  it('keeps the ledger equal to the stays under concurrent changes over overlapping nights', async () => {
    const t = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "C", name: "C", capacity: 2, baseRateMinor: 30000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (let n = 1; n <= 6; n++)
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 3}) { id } }`, { t, n: `30${n}` });
    const day = (d: number) => `2030-04-${String(d).padStart(2, '0')}`;
    const stays = [];
    for (let i = 0; i < 8; i++) stays.push(await book(t, day(1 + (i % 4)), day(4 + (i % 4)), false));
    const results = await Promise.all(
      stays.map((r, i) => modify(r.id, `arrival: "${day(2 + ((i + 1) % 4))}", departure: "${day(4 + ((i + 1) % 4) + (i % 3))}"`)),
    );
    for (const r of results) if (r.errors) expect(r.errors[0].extensions?.reason).toBe('RESERVATION.NO_AVAILABILITY');
    const now = await Promise.all(
      stays.map(
        async (r) =>
          (await gqlOk(sg.url, `query($id: ID!) { reservation(id: $id) { arrival departure } }`, { id: r.id }, agent())).reservation,
      ),
    );
    const expected = Array.from({ length: 10 }, (_, i) => now.filter((s) => s.arrival <= day(1 + i) && day(1 + i) < s.departure).length);
    expect(await sold(t, day(1), day(11))).toEqual(expected);
    expect(Math.max(...expected)).toBeLessThanOrEqual(6);
  });
});
