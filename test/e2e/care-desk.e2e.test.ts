import { hotelDate, startPlatform, type Platform } from './platform';

/**
 * The duty manager's desk through the gateway: SLA targets set, a complaint opened about a stay
 * and assigned to an employee, then the watchlist joins care's clocks with the stay
 * (reservations) and the assignee (staffing) in one query; a negative online review opens a case.
 */
describe('care desk through the gateway', () => {
  let platform: Platform;
  let propertyId: string;
  let stay: string;
  let agentId: string;

  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    const { ok } = platform;
    propertyId = (
      await ok(
        `mutation { createProperty(input: {code: "DSK", name: "Harbour Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    const roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "KNG", name: "King", capacity: 2, baseRateMinor: 60000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    await ok(`mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "1208", floor: 12}) { id } }`, { t: roomTypeId });
    const arrival = hotelDate();
    const departure = hotelDate(1);
    stay = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "周杰", channel: PHONE}) { id } }`,
        { t: roomTypeId, a: arrival, d: departure },
      )
    ).createReservation.id;
    const positions = await ok(`mutation($p: ID!) { installPositionCatalogue(propertyId: $p) { positions { id code } } }`, {
      p: propertyId,
    });
    const csr = positions.installPositionCatalogue.positions.find((p: { code: string }) => p.code === 'customer-service-representative');
    agentId = (
      await ok(
        `mutation($p: ID!, $pos: ID!) { hireEmployee(input: {propertyId: $p, positionId: $pos, firstName: "敏", lastName: "李", employeeNumber: "CS-101", hiredOn: "2026-01-05"}) { id } }`,
        { p: propertyId, pos: csr.id },
      )
    ).hireEmployee.id;
  });
  afterAll(() => platform?.stop());

  it('shows what is about to breach with the stay and the assignee from their own subgraphs', async () => {
    const { ok, token } = platform;
    const dutyManager = await token(['duty-manager'], [propertyId]);
    for (const severity of ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'])
      await ok(
        `mutation($p: ID!, $s: CaseSeverity!) { setSlaPolicy(input: {propertyId: $p, category: "*", severity: $s, firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 10}) { id } }`,
        { p: propertyId, s: severity },
        dutyManager,
      );
    const caseId = (
      await ok(
        `mutation($i: OpenCaseInput!) { openCase(input: $i) { id sla { runningClock } } }`,
        {
          i: {
            propertyId,
            kind: 'COMPLAINT',
            channel: 'PHONE',
            category: 'noise',
            severity: 'HIGH',
            subject: 'Construction noise at 7am',
            reservationId: stay,
          },
        },
        dutyManager,
      )
    ).openCase;
    expect(caseId.sla).toEqual({ runningClock: 'FIRST_RESPONSE' });
    await ok(`mutation($id: ID!, $e: ID!) { assignCase(id: $id, employeeId: $e) { id } }`, { id: caseId.id, e: agentId }, dutyManager);

    const watch = await ok(
      `query($p: ID!) { slaWatchlist(propertyId: $p, withinMinutes: 60) {
         nodes { id sla { runningClock breached escalatedTo } reservation { guestName room { number } } assignee { displayName } } } }`,
      { p: propertyId },
      dutyManager,
    );
    expect(watch.slaWatchlist.nodes).toEqual([
      {
        id: caseId.id,
        sla: { runningClock: 'FIRST_RESPONSE', breached: false, escalatedTo: 'AGENT' },
        reservation: { guestName: '周杰', room: null },
        assignee: { displayName: expect.stringContaining('李') },
      },
    ]);
    const sweep = await ok(`mutation($p: ID!) { runSlaEscalationSweep(propertyId: $p) { escalations } }`, { p: propertyId }, dutyManager);
    expect(sweep.runSlaEscalationSweep.escalations).toBe(0); // nothing is at risk yet
  });

  it('turns a one-star review into a complaint the desk can see on the stay', async () => {
    const { ok, token } = platform;
    const agent = await token(['care-agent'], [propertyId], agentId);
    const review = await ok(
      `mutation($i: RecordReviewInput!) { recordOnlineReview(input: $i) { rating case { kind channel severity } } }`,
      {
        i: {
          propertyId,
          source: 'ctrip',
          externalId: 'ct-9',
          rating: 1,
          authorName: '周杰',
          body: '房间很吵',
          postedAt: new Date().toISOString(),
          reservationId: stay,
        },
      },
      agent,
    );
    expect(review.recordOnlineReview).toEqual({ rating: 1, case: { kind: 'COMPLAINT', channel: 'REVIEW_SITE', severity: 'HIGH' } });
    const cases = await ok(`query($id: ID!) { reservation(id: $id) { cases { channel subject } } }`, { id: stay });
    expect(cases.reservation.cases).toContainEqual({ channel: 'REVIEW_SITE', subject: '1-star review on ctrip by 周杰' });
  });
});
