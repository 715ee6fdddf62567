import { randomUUID } from 'node:crypto';
import { BanquetSettled, BillChargedToRoom, CompensationApproved, FolioPosted, FolioPostingRejected } from '@hotelops/contracts';
import { DeadLetterRow, InProcessTransport, OutboxRow } from '@hotelops/kernel';
import { DIALECTS, deliver, eventMessage, gql, gqlOk, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { reservationsSubgraph } from '@hotelops/reservations';

/** 2030-05-10 10:00 in Asia/Shanghai: arrivals of the 10th can check in. */
const clock = { at: new Date('2030-05-10T02:00:00Z'), now: () => clock.at };

/*
 * Postings other domains ask for (F&B room charges, care's compensation, banquets) each get a
 * visible fate on Kafka: FolioPosted, or FolioPostingRejected with the reason — never a dead letter
 * for a business reason. Compensation after check-out lands as a post-stay adjustment that leaves
 * a refund due, paid back with refundGuest.
 */
describe.each(DIALECTS)('postings from other domains on %s', (dialect) => {
  let sg: RunningSubgraph;
  const transport = new InProcessTransport();
  let propertyId: string;
  let roomTypeId: string;

  const ok = (q: string, v: Record<string, unknown> = {}) => gqlOk(sg.url, q, v);
  const desk = () => staff(['front-desk'], [propertyId]);
  const answers = async (sourceRef: string) =>
    (await sg.app.deps.db.manager.find(OutboxRow, { order: { seq: 'ASC' } }))
      .filter((r) => r.type === FolioPosted.type || r.type === FolioPostingRejected.type)
      .map((r) => ({ type: r.type, data: JSON.parse(r.payload) }))
      .filter((a) => a.data.sourceRef === sourceRef);
  const folio = async (id: string) =>
    (
      await ok(
        `query($id: ID!) { reservation(id: $id) { folio { status balance { amountMinor } refundDue { amountMinor } lines { kind description amount { amountMinor } } } } }`,
        { id },
      )
    ).reservation.folio;

  async function stay(checkedOut = false): Promise<string> {
    const r = (
      await ok(
        `mutation($t: ID!) { createReservation(input: {roomTypeId: $t, arrival: "2030-05-10", departure: "2030-05-11", guestName: "Lin Qiu", channel: PHONE}) { id } }`,
        { t: roomTypeId },
      )
    ).createReservation.id;
    if (!checkedOut) return r;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id: r });
    await ok(`mutation($id: ID!) { postFolioPayment(input: {reservationId: $id, description: "card", amountMinor: 60000}) { id } }`, {
      id: r,
    });
    await ok(`mutation($id: ID!) { checkOut(id: $id) { status } }`, { id: r });
    return r;
  }
  const compensation = (reservationId: string, amountMinor: number, currency = 'CNY', property = propertyId) => {
    const compensationId = randomUUID();
    const data = {
      compensationId,
      caseId: randomUUID(),
      propertyId: property,
      reservationId,
      amount: { amountMinor, currency },
      reason: 'noisy room',
      approvedBy: randomUUID(),
      approvedAt: clock.at.toISOString(),
    };
    return {
      ref: `care-compensation:${compensationId}`,
      msg: eventMessage(CompensationApproved, data, { subject: compensationId, propertyId: property }),
    };
  };
  const roomCharge = (reservationId: string, amountMinor: number) => {
    const billId = randomUUID();
    const data = {
      billId,
      propertyId,
      outletId: randomUUID(),
      outletName: 'Lakeside Restaurant',
      reservationId,
      amount: { amountMinor, currency: 'CNY' },
      description: 'Lakeside Restaurant, table 4',
      chargedAt: clock.at.toISOString(),
    };
    return { ref: `fnb-bill:${billId}`, msg: eventMessage(BillChargedToRoom, data, { subject: billId, propertyId }) };
  };

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, clock, transport });
    propertyId = (
      await ok(`mutation { createProperty(input: {code: "DP", name: "Postings", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "K", name: "King", capacity: 2, baseRateMinor: 60000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['101', '102', '103', '104', '105', '106'])
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 1}) { id } }`, { t: roomTypeId, n });
  });
  afterAll(() => sg?.stop());

  it('posts a room charge once, however often it is delivered, and says so', async () => {
    const r = await stay();
    const charge = roomCharge(r, 12800);
    await deliver(transport, charge.msg);
    await deliver(transport, charge.msg);
    expect((await folio(r)).balance.amountMinor).toBe(12800);
    const [answer, ...more] = await answers(charge.ref);
    expect(more).toEqual([]);
    expect(answer).toMatchObject({ type: FolioPosted.type, data: { reservationId: r, postStay: false, amount: { amountMinor: 12800 } } });
  });

  it('lands compensation approved after check-out as a post-stay adjustment with a refund due, paid back once', async () => {
    const r = await stay(true);
    const comp = compensation(r, 15000);
    await deliver(transport, comp.msg);
    expect(await answers(comp.ref)).toMatchObject([{ type: FolioPosted.type, data: { postStay: true } }]);
    const after = await folio(r);
    expect(after).toMatchObject({ status: 'CLOSED', balance: { amountMinor: -15000 }, refundDue: { amountMinor: 15000 } });
    expect(after.lines.filter((l: { kind: string }) => l.kind === 'ALLOWANCE')).toMatchObject([
      { description: 'Post-stay adjustment: Guest compensation: noisy room', amount: { amountMinor: 15000 } },
    ]);

    const refund = (amount: number, reference: string) =>
      gql(
        sg.url,
        `mutation($id: ID!, $a: Int!, $ref: String!) { refundGuest(input: {reservationId: $id, amountMinor: $a, reference: $ref}) { kind amount { amountMinor } } }`,
        { id: r, a: amount, ref: reference },
        desk(),
      );
    expect((await refund(20000, 'RF-1')).errors?.[0].extensions).toMatchObject({ reason: 'FOLIO.NO_REFUND_DUE', refundDueMinor: 15000 });
    expect((await refund(15000, 'RF-1')).data?.refundGuest).toEqual({ kind: 'REFUND', amount: { amountMinor: 15000 } });
    expect((await refund(15000, 'RF-1')).data?.refundGuest).toEqual({ kind: 'REFUND', amount: { amountMinor: 15000 } });
    expect(await folio(r)).toMatchObject({ balance: { amountMinor: 0 }, refundDue: { amountMinor: 0 } });
    expect((await refund(1, 'RF-2')).errors?.[0].extensions).toMatchObject({ reason: 'FOLIO.NO_REFUND_DUE', refundDueMinor: 0 });
  });

  it('answers what cannot land with the reason, and writes nothing (no dead letter)', async () => {
    const closed = await stay(true);
    const open = await stay();
    const cases = [
      { posting: roomCharge(closed, 5000), code: 'FOLIO.CLOSED' },
      { posting: compensation(open, 5000, 'USD'), code: 'FOLIO.CURRENCY_MISMATCH' },
      { posting: compensation(open, 5000, 'CNY', randomUUID()), code: 'FOLIO.PROPERTY_MISMATCH' },
      { posting: compensation(randomUUID(), 5000), code: 'FOLIO.NOT_FOUND' },
    ];
    const before = [(await folio(closed)).lines.length, (await folio(open)).lines.length];
    for (const { posting, code } of cases) {
      await deliver(transport, posting.msg);
      expect(await answers(posting.ref)).toMatchObject([{ type: FolioPostingRejected.type, data: { code, reason: expect.any(String) } }]);
    }
    expect([(await folio(closed)).lines.length, (await folio(open)).lines.length]).toEqual(before);
    expect(await sg.app.deps.db.manager.count(DeadLetterRow)).toBe(0);
  });

  it("charges a banquet to its group block's account, and refuses one for a block it does not know", async () => {
    const block = (
      await ok(
        `mutation($p: ID!, $t: ID!) { createGroupBlock(input: {propertyId: $p, code: "WED", name: "Wedding", rateMinor: 50000, arrival: "2030-06-01", departure: "2030-06-02", releaseDate: "2030-05-20", allotments: [{roomTypeId: $t, rooms: 2}]}) { id } }`,
        { p: propertyId, t: roomTypeId },
      )
    ).createGroupBlock.id;
    const banquet = (groupBlockId: string) => {
      const banquetId = randomUUID();
      const data = {
        banquetId,
        propertyId,
        groupBlockId,
        description: 'Wedding dinner, 80 covers',
        amount: { amountMinor: 880000, currency: 'CNY' },
        settledAt: clock.at.toISOString(),
      };
      return { ref: `fnb-banquet:${banquetId}`, msg: eventMessage(BanquetSettled, data, { subject: banquetId, propertyId }) };
    };
    const known = banquet(block);
    await deliver(transport, known.msg, known.msg);
    expect(await answers(known.ref)).toMatchObject([{ type: FolioPosted.type, data: { groupBlockId: block, folioId: null } }]);
    const postings = (
      await ok(`query($id: ID!) { groupBlock(id: $id) { postings { reservationId amount { amountMinor } } } }`, { id: block })
    ).groupBlock.postings;
    expect(postings).toEqual([{ reservationId: null, amount: { amountMinor: 880000 } }]);

    const unknown = banquet(randomUUID());
    await deliver(transport, unknown.msg);
    expect(await answers(unknown.ref)).toMatchObject([{ type: FolioPostingRejected.type, data: { code: 'GROUP_BLOCK.NOT_FOUND' } }]);
  });
});
