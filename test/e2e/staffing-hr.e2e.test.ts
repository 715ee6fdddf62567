import { eventually } from '@hotelops/testing';
import { startPlatform, type Platform } from './platform';

/** YYYY-MM-DD in Shanghai, `days` from now. */
const shanghaiDate = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Staffing through the gateway with every subgraph and real Kafka: a 40-room booking raises
 * housekeeping's demand on its departure day and flags the published roster as short; a
 * department's staff see their own shifts; a leaver's token is refused within seconds.
 */
describe('staffing and HR through the gateway (Kafka)', () => {
  let platform: Platform;
  let propertyId: string;
  let roomTypeId: string;
  const position: Record<string, string> = {};
  const department: Record<string, string> = {};
  let n = 0;
  /** how far care's clock runs ahead of real time: SLA targets pass without waiting for them */
  let careClockAhead = 0;

  const hire = async (positionCode: string) =>
    (
      await platform.ok(
        `mutation($p: ID!, $pos: ID!, $no: String!) { hireEmployee(input: {propertyId: $p, positionId: $pos, firstName: "磊", lastName: "杨", employeeNumber: $no, hiredOn: "2024-01-08"}) { id } }`,
        { p: propertyId, pos: position[positionCode], no: `HR-${++n}` },
      )
    ).hireEmployee.id as string;

  beforeAll(async () => {
    platform = await startPlatform({
      transport: 'kafka',
      clocks: { care: { now: () => new Date(Date.now() + careClockAhead) } },
    });
    const { ok } = platform;
    propertyId = (
      await ok(
        `mutation { createProperty(input: {code: "HRE", name: "Lakeside Staff Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
      )
    ).createProperty.id;
    roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard", capacity: 2, baseRateMinor: 40000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    for (let i = 0; i < 40; i++) {
      await ok(`mutation($t: ID!, $n: String!) { createRoom(input: {roomTypeId: $t, number: $n, floor: 5}) { id } }`, {
        t: roomTypeId,
        n: String(500 + i),
      });
    }
    const installed = await ok(
      `mutation($p: ID!) { installPositionCatalogue(propertyId: $p) { departments { id code } positions { id code } } }`,
      { p: propertyId },
    );
    for (const p of installed.installPositionCatalogue.positions) position[p.code] = p.id;
    for (const d of installed.installPositionCatalogue.departments) department[d.code] = d.id;
    // 40 rooms and the catalogue through the gateway take a while on a busy machine
  }, 180_000);
  afterAll(() => platform?.stop());

  it('raises housekeeping demand on the departure day of a 40-room booking (over Kafka) and flags the roster', async () => {
    const arrival = shanghaiDate(5);
    const departure = shanghaiDate(6);
    const attendant = await hire('room-attendant');
    const manager = await hire('housekeeping-manager');
    const managerToken = await platform.token([], [propertyId], manager);
    const tpl = await platform.ok(
      `mutation($d: ID!) { createShiftTemplate(input: {departmentId: $d, code: "day", name: "Day", startsAt: "08:00", endsAt: "17:00", breakMinutes: 60}) { id } }`,
      { d: department.housekeeping },
      managerToken,
    );
    const roster = await platform.ok(
      `mutation($d: ID!, $m: String!) { createRoster(departmentId: $d, month: $m) { id } }`,
      { d: department.housekeeping, m: departure.slice(0, 7) },
      managerToken,
    );
    await platform.ok(
      `mutation($i: AssignShiftInput!) { assignShift(input: $i) { id } }`,
      { i: { rosterId: roster.createRoster.id, employeeId: attendant, templateId: tpl.createShiftTemplate.id, date: departure } },
      managerToken,
    );
    await platform.ok(`mutation($r: ID!) { publishRoster(rosterId: $r) { status } }`, { r: roster.createRoster.id }, managerToken);

    for (let i = 0; i < 40; i++) {
      await platform.ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!, $g: String!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: $g, channel: PHONE}) { id } }`,
        { t: roomTypeId, a: arrival, d: departure, g: `Group guest ${i}` },
      );
    }
    const day = await eventually(
      async () => {
        const r = await platform.ok(
          `query($p: ID!, $from: LocalDate!) { labourDemand(propertyId: $p, from: $from, days: 1) { departmentCode departures requiredMinutes scheduledMinutes understaffed } }`,
          { p: propertyId, from: departure },
        );
        const hk = r.labourDemand.find((d: { departmentCode: string }) => d.departmentCode === 'housekeeping');
        expect(hk.departures).toBe(40);
        return hk;
      },
      { timeoutMs: 30_000 },
    );
    // 40 departure rooms × 30 min + the 8 h daily base, against one 8-hour shift
    expect(day).toEqual({
      departmentCode: 'housekeeping',
      departures: 40,
      requiredMinutes: 1680,
      scheduledMinutes: 480,
      understaffed: true,
    });

    // the attendant sees their own shift of the published roster, not the manager's drafts
    const attendantToken = await platform.token([], [propertyId], attendant);
    const mine = await platform.ok(
      `query($d: LocalDate!) { myShifts(from: $d, to: $d) { date startsAt } }`,
      { d: departure },
      attendantToken,
    );
    expect(mine.myShifts).toEqual([{ date: departure, startsAt: `${departure}T08:00` }]);
    const refused = await platform.query(
      `query($r: ID!) { rosterViolations(rosterId: $r) { code } }`,
      { r: roster.createRoster.id },
      attendantToken,
    );
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'EMPLOYEE.OUTSIDE_YOUR_TEAM' });
  }, 180_000);

  it('keeps the revocation list internal: not even a general manager reaches it through the gateway', async () => {
    const r = await platform.query(`query { revokedEmployees { id } }`);
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]).toMatchObject({
      message: expect.stringContaining('Cannot query field "revokedEmployees"'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses a terminated employee’s next request at the gateway within seconds', async () => {
    const agent = await hire('front-desk-agent');
    const token = await platform.token(['front-desk'], [propertyId], agent);
    const me = `query($id: ID!) { employee(id: $id) { status } }`;
    expect((await platform.ok(me, { id: agent }, token)).employee.status).toBe('ACTIVE');
    await platform.ok(`mutation($id: ID!) { terminateEmployee(id: $id, terminatedOn: "2026-12-31", reason: "resigned") { status } }`, {
      id: agent,
    });
    const refused = await eventually(
      async () => {
        const r = await platform.query(me, { id: agent }, token);
        expect(r.status).toBe(401);
        return r;
      },
      { timeoutMs: 10_000 },
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'access revoked: the employee has left',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('an SLA breach in care names the duty manager on a published shift who has clocked in, and care shows who was notified', async () => {
    const dm = await hire('duty-manager');
    const dmToken = await platform.token(['duty-manager', 'front-desk'], [propertyId], dm);
    // a duty shift running now on the property's clock (Shanghai), four hours from the top of the hour
    const local = new Date(Date.now() + 8 * 3_600_000);
    const today = local.toISOString().slice(0, 10);
    const hh = local.getUTCHours();
    const at = (h: number) => `${String(h % 24).padStart(2, '0')}:00`;
    const tpl = await platform.ok(`mutation($i: CreateShiftTemplateInput!) { createShiftTemplate(input: $i) { id } }`, {
      i: {
        departmentId: department['front-office'],
        code: 'duty-now',
        name: 'Duty manager',
        startsAt: at(hh),
        endsAt: at(hh + 4),
        breakMinutes: 0,
        duty: true,
        positionId: position['duty-manager'],
      },
    });
    const roster = await platform.ok(`mutation($d: ID!, $m: String!) { createRoster(departmentId: $d, month: $m) { id } }`, {
      d: department['front-office'],
      m: today.slice(0, 7),
    });
    await platform.ok(`mutation($i: AssignShiftInput!) { assignShift(input: $i) { id } }`, {
      i: { rosterId: roster.createRoster.id, employeeId: dm, templateId: tpl.createShiftTemplate.id, date: today },
    });
    await platform.ok(`mutation($r: ID!) { publishRoster(rosterId: $r) { status } }`, { r: roster.createRoster.id });
    await platform.ok(`mutation { clockIn(device: "front-office-terminal") { id } }`, {}, dmToken);

    // a 30-minute first-response target, missed: care's clock moves 31 minutes on and its SLA sweep runs
    await platform.ok(
      `mutation($p: ID!) { setSlaPolicy(input: {propertyId: $p, category: "*", severity: HIGH, firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 10, escalateAfterMinutes: 120}) { id } }`,
      { p: propertyId },
    );
    const opened = await platform.ok(`mutation($i: OpenCaseInput!) { openCase(input: $i) { id } }`, {
      i: { propertyId, kind: 'COMPLAINT', channel: 'PHONE', category: 'noise', severity: 'HIGH', subject: 'Party next door at 2am' },
    });
    const caseId = opened.openCase.id;
    careClockAhead = 31 * 60_000;
    const sweep = await platform.ok(`mutation($p: ID!) { runSlaEscalationSweep(propertyId: $p) { escalations } }`, { p: propertyId });
    // breached: past the supervisor's and the duty manager's thresholds at once
    expect(sweep.runSlaEscalationSweep.escalations).toBe(2);
    const seen = await eventually(
      async () => {
        const r = await platform.ok(
          `query($c: ID!) { case(id: $c) {
            sla { breached escalationLevel }
            escalationNotices { level requestedRole routedRole fellBack nobodyOnDuty notified { id position { code } } explanation }
            history { action assigneeId }
          } }`,
          { c: caseId },
        );
        expect(r.case.escalationNotices).toHaveLength(2);
        return r.case;
      },
      { timeoutMs: 30_000 },
    );
    expect(seen.sla).toEqual({ breached: true, escalationLevel: 2 });
    const byLevel = [...seen.escalationNotices].sort((a: { level: number }, b: { level: number }) => a.level - b.level);
    // level 2 asks for the duty manager: the one clocked in on the published duty shift is named
    expect(byLevel[1]).toMatchObject({
      level: 2,
      requestedRole: 'duty-manager',
      routedRole: 'duty-manager',
      fellBack: false,
      nobodyOnDuty: false,
      notified: { id: dm, position: { code: 'duty-manager' } },
    });
    expect(byLevel[1].explanation).toMatch(/clocked in/);
    // nobody is on shift as care supervisor: level 1 falls back to the same duty manager
    expect(byLevel[0]).toMatchObject({
      level: 1,
      requestedRole: 'care-supervisor',
      routedRole: 'duty-manager',
      fellBack: true,
      notified: { id: dm },
    });
    expect(seen.history.filter((h: { action: string }) => h.action === 'NOTIFIED')).toEqual([
      { action: 'NOTIFIED', assigneeId: dm },
      { action: 'NOTIFIED', assigneeId: dm },
    ]);
    // staffing's own record agrees
    const routes = await platform.ok(`query($c: ID!) { escalationRoutes(caseId: $c) { level notified { id } } }`, { c: caseId });
    expect(routes.escalationRoutes).toEqual(
      expect.arrayContaining([
        { level: 1, notified: { id: dm } },
        { level: 2, notified: { id: dm } },
      ]),
    );
  });
});
