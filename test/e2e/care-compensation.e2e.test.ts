import { randomUUID } from 'node:crypto';
import { OutboxRow } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';
import { hotelDate, startPlatform, type Platform } from './platform';

/**
 * Compensation through the gateway: an agent proposes, the over-limit approval is refused, a
 * supervisor approves, and reservations credits the guest folio with one allowance — also when
 * the CompensationApproved event is delivered a second time — and answers, so care shows it
 * POSTED. After check-out (the usual case: complaints arrive after the stay) it lands once as a
 * post-stay adjustment that leaves a refund due.
 */
describe.each(['kafka', 'in-process'] as const)('care compensation over %s', (transport) => {
  let platform: Platform;
  let propertyId: string;
  let stay: string;
  let roomTypeId: string;

  beforeAll(async () => {
    platform = await startPlatform({ transport });
    const { ok } = platform;
    propertyId = (
      await ok(
        `mutation { createProperty(input: {code: "CMP", name: "Lakeside Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard Twin", capacity: 2, baseRateMinor: 40000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (const n of ['501', '502'])
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 5}) { id } }`, { t: roomTypeId, n });
    const arrival = hotelDate();
    const departure = hotelDate(2);
    stay = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "刘洋", channel: PHONE}) { id } }`,
        { t: roomTypeId, a: arrival, d: departure },
      )
    ).createReservation.id;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id: stay });
  });
  afterAll(() => platform?.stop());

  const folioOf = async (id: string) =>
    (
      await platform.ok(
        `query($id: ID!) { reservation(id: $id) { folio { status balance { amountMinor } refundDue { amountMinor } lines { kind amount { amountMinor } sourceRef } } } }`,
        { id },
      )
    ).reservation.folio as {
      status: string;
      balance: { amountMinor: number };
      refundDue: { amountMinor: number };
      lines: { kind: string; amount: { amountMinor: number }; sourceRef: string | null }[];
    };
  const folioLines = async () => (await folioOf(stay)).lines;
  /** Care learns stays from reservations' events: a case about one just booked may need a moment. */
  const openCase = (input: Record<string, unknown>, token: string) =>
    eventually(
      async () =>
        (await platform.ok(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`, { i: input }, token)).openCase.id as string,
    );
  const compensationStatus = async (caseId: string) =>
    (await platform.ok(`query($id: ID!) { case(id: $id) { compensations { status postStay } } }`, { id: caseId })).case.compensations;

  it('posts an approved compensation to the folio exactly once, after refusing the over-limit approval', async () => {
    const agent = await platform.token(['care-agent'], [propertyId], randomUUID());
    const supervisorId = randomUUID();
    const supervisor = await platform.token(['care-supervisor'], [propertyId], supervisorId);
    const caseId = await openCase(
      {
        propertyId,
        kind: 'COMPLAINT',
        channel: 'IN_PERSON',
        category: 'air-conditioning',
        severity: 'HIGH',
        subject: 'Air conditioning broken all night',
        reservationId: stay,
      },
      agent,
    );
    const compensation = (
      await platform.ok(
        `mutation($i: ProposeCompensationInput!) { proposeCompensation(input: $i) { id status requiredTier } }`,
        { i: { caseId, amountMinor: 35_000, currency: 'CNY', reason: 'One night refunded: no air conditioning' } },
        agent,
      )
    ).proposeCompensation;
    expect(compensation).toMatchObject({ status: 'PROPOSED', requiredTier: 'SUPERVISOR' });

    const approve = `mutation($id: ID!) { approveCompensation(id: $id) { status } }`;
    const refused = await platform.query(approve, { id: compensation.id }, agent);
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Compensation of 350.00 CNY exceeds the care agent limit of 200.00 CNY; a care supervisor must decide it',
      extensions: { code: 'FORBIDDEN', reason: 'COMPENSATION.OVER_LIMIT' },
    });
    expect((await platform.ok(approve, { id: compensation.id }, supervisor)).approveCompensation.status).toBe('APPROVED');

    const sourceRef = `care-compensation:${compensation.id}`;
    await eventually(async () =>
      expect((await folioLines()).filter((l) => l.sourceRef === sourceRef)).toEqual([
        { kind: 'ALLOWANCE', amount: { amountMinor: 35_000 }, sourceRef },
      ]),
    );

    // A retried publish of the same event changes nothing on the folio.
    const care = platform.subgraphs.care.app;
    const row = await care.deps.db.manager.findOneByOrFail(OutboxRow, { messageKey: compensation.id });
    await care.transport.publish([{ topic: row.topic, key: row.messageKey, headers: row.headers, value: row.payload }]);
    await eventually(async () => {
      const metric = await platform.subgraphs.reservations.app.metrics.eventsConsumed.get();
      const duplicates = metric.values.find((v) => v.labels.type === row.type && v.labels.outcome === 'duplicate')?.value ?? 0;
      expect(duplicates).toBe(1);
    });
    expect((await folioLines()).filter((l) => l.sourceRef === sourceRef)).toHaveLength(1);

    // A second approval attempt is refused; the case shows the decision.
    const again = await platform.query(approve, { id: compensation.id }, supervisor);
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'COMPENSATION.ALREADY_DECIDED' });
    const onCase = await platform.ok(
      `query($id: ID!) { case(id: $id) { compensations { status amount { amountMinor currency } decidedBy { id } } } }`,
      { id: caseId },
    );
    await eventually(async () =>
      expect(
        (await platform.ok(`query($id: ID!) { case(id: $id) { compensations { status } } }`, { id: caseId })).case.compensations,
      ).toEqual([{ status: 'POSTED' }]),
    );
    expect(onCase.case.compensations).toMatchObject([
      { amount: { amountMinor: 35_000, currency: 'CNY' }, decidedBy: { id: supervisorId } },
    ]);
  });

  it('posts compensation approved after check-out once, as a post-stay adjustment that leaves a refund due', async () => {
    const { ok } = platform;
    const today = hotelDate();
    const tomorrow = hotelDate(1);
    const left = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "周敏", channel: PHONE}) { id } }`,
        { t: roomTypeId, a: today, d: tomorrow },
      )
    ).createReservation.id;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id: left });
    const owed = (await folioOf(left)).balance.amountMinor;
    await ok(
      `mutation($id: ID!, $a: Int!) { postFolioPayment(input: {reservationId: $id, description: "card", amountMinor: $a}) { id } }`,
      {
        id: left,
        a: owed,
      },
    );
    await ok(`mutation($id: ID!) { checkOut(id: $id) { status } }`, { id: left });

    const dutyManager = await platform.token(['duty-manager'], [propertyId], randomUUID());
    const caseId = await openCase(
      {
        propertyId,
        kind: 'COMPLAINT',
        channel: 'EMAIL',
        category: 'noise',
        subject: 'Construction noise all morning',
        reservationId: left,
      },
      dutyManager,
    );
    const compensationId = (
      await ok(
        `mutation($i: ProposeCompensationInput!) { proposeCompensation(input: $i) { id } }`,
        { i: { caseId, amountMinor: 20_000, currency: 'CNY', reason: 'Noise during the stay' } },
        dutyManager,
      )
    ).proposeCompensation.id;
    await ok(`mutation($id: ID!) { approveCompensation(id: $id) { status } }`, { id: compensationId }, dutyManager);

    await eventually(async () => expect(await compensationStatus(caseId)).toEqual([{ status: 'POSTED', postStay: true }]));
    const folio = await folioOf(left);
    const sourceRef = `care-compensation:${compensationId}`;
    expect(folio).toMatchObject({ status: 'CLOSED', balance: { amountMinor: -20_000 }, refundDue: { amountMinor: 20_000 } });
    expect(folio.lines.filter((l) => l.sourceRef === sourceRef)).toEqual([
      { kind: 'ALLOWANCE', amount: { amountMinor: 20_000 }, sourceRef },
    ]);
    const history = (await ok(`query($id: ID!) { case(id: $id) { history { action } } }`, { id: caseId })).case.history;
    expect(history.filter((h: { action: string }) => h.action === 'COMPENSATION_POSTED')).toHaveLength(1);
  });
});
