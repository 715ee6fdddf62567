import { randomUUID } from 'node:crypto';
import { CaseEscalated } from '@hotelops/contracts';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, deliver, eventMessage, staff, type RunningSubgraph } from '@hotelops/testing';
import type { IdentityClaims } from '@hotelops/kernel';
import { ManualClock, StaffingHotel, hr, reason } from './staffing-hotel.fixture';

describe.each(DIALECTS)('rosters, attendance and leave on %s', (dialect) => {
  const clock = new ManualClock('2027-02-20T02:00:00Z');
  const hotel = new StaffingHotel('R');
  const { position, department, person, hire, call, ok } = hotel;
  let sg: RunningSubgraph;
  let propertyId: string;
  const template: Record<string, string> = {};
  let rosterId: string;

  const ASSIGN = `mutation($i: AssignShiftInput!) { assignShift(input: $i) { id date startsAt endsAt employee { id } } }`;
  const assign = (who: string, tpl: string, date: string, as = person.fom.token) =>
    call(ASSIGN, { i: { rosterId, employeeId: person[who].id, templateId: template[tpl], date } }, as);

  beforeAll(async () => {
    ({ sg, propertyId } = await hotel.start({ dialect, clock }));
    await hire('fom', 'front-office-manager', ['front-desk', 'duty-manager']);
    await hire('dm', 'duty-manager', ['duty-manager', 'front-desk']);
    await hire('ann', 'front-desk-agent', ['front-desk']);
    await hire('bob', 'front-desk-agent', ['front-desk']);
    await hire('cat', 'front-desk-agent', ['front-desk']);
    await hire('hk', 'room-attendant', ['housekeeping']);
  });
  afterAll(() => hotel.stop());

  it('gives reporting lines: the position’s line, or the supervisor HR names', async () => {
    const q = `query($id: ID!) { employee(id: $id) { supervisor { id } directReports { id } } }`;
    const ann = await ok(q, { id: person.ann.id }, hr());
    expect(ann.employee.supervisor.id).toBe(person.fom.id);
    await ok(
      `mutation($e: ID!, $s: ID) { setSupervisor(employeeId: $e, supervisorId: $s) { id } }`,
      { e: person.ann.id, s: person.dm.id },
      hr(),
    );
    expect((await ok(q, { id: person.ann.id }, hr())).employee.supervisor.id).toBe(person.dm.id);
    expect((await ok(q, { id: person.dm.id }, hr())).employee.directReports.map((e: { id: string }) => e.id)).toContain(person.ann.id);
    const loop = await call(
      `mutation($e: ID!, $s: ID) { setSupervisor(employeeId: $e, supervisorId: $s) { id } }`,
      { e: person.dm.id, s: person.ann.id },
      hr(),
    );
    expect(reason(loop)).toBe('EMPLOYEE.SUPERVISOR_INVALID');
  });

  it('lets a department leader define shift templates; staff and other departments are refused', async () => {
    const create = (input: Record<string, unknown>, who: IdentityClaims) =>
      call(`mutation($i: CreateShiftTemplateInput!) { createShiftTemplate(input: $i) { id code duty requiredSkills } }`, { i: input }, who);
    const base = { departmentId: department['front-office'], breakMinutes: 60 };
    for (const [code, startsAt, endsAt, extra] of [
      ['morning', '07:00', '15:00', {}],
      ['evening', '15:00', '23:00', {}],
      ['night', '23:00', '07:00', { requiredSkills: ['first-aid'] }],
      ['duty', '08:00', '20:00', { duty: true, positionId: position['duty-manager'], breakMinutes: 60 }],
    ] as const) {
      const r = await create({ ...base, code, name: code, startsAt, endsAt, ...extra }, person.fom.token);
      expect(r.errors).toBeUndefined();
      template[code] = r.data!.createShiftTemplate.id;
    }
    expect(reason(await create({ ...base, code: 'x', name: 'x', startsAt: '07:00', endsAt: '15:00' }, person.ann.token))).toBe(
      'EMPLOYEE.OUTSIDE_YOUR_TEAM',
    );
    expect(reason(await create({ ...base, code: 'morning', name: 'again', startsAt: '07:00', endsAt: '15:00' }, person.fom.token))).toBe(
      'SHIFT_TEMPLATE.CODE_TAKEN',
    );
    expect(reason(await create({ ...base, code: 'short', name: 'x', startsAt: '07:00', endsAt: '07:30', breakMinutes: 30 }, hr()))).toBe(
      'SHIFT_TEMPLATE.INVALID',
    );
  });

  it('drafts a roster and refuses each rule an assignment breaks, writing nothing', async () => {
    rosterId = (
      await ok(
        `mutation($d: ID!) { createRoster(departmentId: $d, month: "2027-03") { id status } }`,
        { d: department['front-office'] },
        person.fom.token,
      )
    ).createRoster.id;
    expect(
      reason(
        await call(
          `mutation($d: ID!) { createRoster(departmentId: $d, month: "2027-03") { id } }`,
          { d: department['front-office'] },
          hr(),
        ),
      ),
    ).toBe('ROSTER.EXISTS');
    const first = await assign('ann', 'morning', '2027-03-01');
    expect(first.errors).toBeUndefined();
    expect(first.data!.assignShift).toMatchObject({ startsAt: '2027-03-01T07:00', endsAt: '2027-03-01T15:00' });
    expect(reason(await assign('ann', 'morning', '2027-03-01'))).toBe('ROSTER.SHIFT_OVERLAP');
    const rest = await assign('ann', 'evening', '2027-03-01');
    expect(reason(rest)).toBe('ROSTER.REST_TOO_SHORT');
    expect(rest.errors![0].message).toMatch(/rest 0 h .* at least 11 h/);
    expect(reason(await assign('bob', 'night', '2027-03-03'))).toBe('ROSTER.SKILL_MISSING');
    expect(reason(await assign('ann', 'duty', '2027-03-04'))).toBe('ROSTER.POSITION_MISMATCH');
    expect(reason(await assign('hk', 'morning', '2027-03-04'))).toBe('ROSTER.OTHER_DEPARTMENT');
    expect(reason(await assign('ann', 'morning', '2027-04-01'))).toBe('ROSTER.DATE_OUTSIDE_MONTH');
    expect(
      reason(await call(ASSIGN, { i: { rosterId, employeeId: person.ann.id, templateId: randomUUID(), date: '2027-03-05' } }, hr())),
    ).toBe('SHIFT_TEMPLATE.NOT_FOUND');
    expect(reason(await assign('bob', 'morning', '2027-03-05', person.ann.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    const shifts = await ok(
      `query($d: ID!) { roster(departmentId: $d, month: "2027-03") { shifts { id } } }`,
      { d: department['front-office'] },
      hr(),
    );
    expect(shifts.roster.shifts).toHaveLength(1);

    // a certificate that has expired by the day does not count; a renewed one does
    const cert = (expiresOn: string) =>
      ok(
        `mutation($i: RecordSkillInput!) { recordSkill(input: $i) { id state } }`,
        { i: { employeeId: person.bob.id, code: 'first-aid', name: 'First aid', expiresOn } },
        person.fom.token,
      );
    await cert('2027-03-02');
    expect(reason(await assign('bob', 'night', '2027-03-03'))).toBe('ROSTER.SKILL_EXPIRED');
    await cert('2028-03-02');
    expect((await assign('bob', 'night', '2027-03-03')).errors).toBeUndefined();
  });

  it('takes leave within the balance, approved by the supervisor, and approved leave blocks rostering', async () => {
    const type = await ok(
      `mutation($p: ID!) { createLeaveType(input: {propertyId: $p, code: "ANNUAL", name: "Annual leave", annualDays: 12}) { id } }`,
      { p: propertyId },
      hr(),
    );
    const ask = (from: string, to: string, who = person.cat) =>
      call(
        `mutation($i: RequestLeaveInput!) { requestLeave(input: $i) { id status days } }`,
        { i: { leaveTypeId: type.createLeaveType.id, fromDate: from, toDate: to } },
        who.token,
      );
    // by March 12 days a year have accrued 3
    const tooMuch = await ask('2027-03-08', '2027-03-11');
    expect(reason(tooMuch)).toBe('LEAVE.BALANCE_EXCEEDED');
    expect(tooMuch.errors![0].message).toMatch(/only 3 left/);
    const asked = await ask('2027-03-08', '2027-03-09');
    expect(asked.data!.requestLeave).toMatchObject({ status: 'REQUESTED', days: 2 });
    expect(reason(await ask('2027-03-09', '2027-03-09'))).toBe('LEAVE.OVERLAPS');
    const decide = `mutation($id: ID!) { decideLeave(id: $id, approve: true) { status decidedBy } }`;
    expect(reason(await call(decide, { id: asked.data!.requestLeave.id }, person.cat.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect(reason(await call(decide, { id: asked.data!.requestLeave.id }, person.bob.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect((await ok(decide, { id: asked.data!.requestLeave.id }, person.fom.token)).decideLeave).toEqual({
      status: 'APPROVED',
      decidedBy: person.fom.id,
    });
    expect(reason(await assign('cat', 'morning', '2027-03-09'))).toBe('ROSTER.ON_LEAVE');
    const balances = await ok(
      `query($e: ID!) { leaveBalances(employeeId: $e, year: 2027) { accrued taken remaining } }`,
      { e: person.cat.id },
      person.cat.token,
    );
    expect(balances.leaveBalances).toEqual([{ accrued: 12, taken: 2, remaining: 10 }]);
    const calendar = await ok(
      `query($d: ID!) { leaveCalendar(departmentId: $d, month: "2027-03") { employeeId } }`,
      { d: department['front-office'] },
      person.fom.token,
    );
    expect(calendar.leaveCalendar).toEqual([{ employeeId: person.cat.id }]);
  });

  it('publishes (RosterPublished in the outbox); staff see only their own shifts', async () => {
    expect((await assign('cat', 'morning', '2027-03-02')).errors).toBeUndefined();
    expect((await assign('dm', 'duty', '2027-03-02')).errors).toBeUndefined();
    expect((await assign('ann', 'evening', '2027-03-02')).errors).toBeUndefined();
    const published = await ok(`mutation($r: ID!) { publishRoster(rosterId: $r) { status } }`, { r: rosterId }, person.fom.token);
    expect(published.publishRoster.status).toBe('PUBLISHED');
    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: rosterId } });
    expect(events.map((e) => e.type)).toEqual(['hotelops.staffing.roster.published.v1']);
    expect(JSON.parse(events[0].payload)).toMatchObject({ month: '2027-03', shifts: 5, publishedBy: person.fom.id });
    expect(reason(await assign('ann', 'morning', '2027-03-20'))).toBe('ROSTER.ALREADY_PUBLISHED');

    const q = `query($d: ID!) { roster(departmentId: $d, month: "2027-03") { status shifts { employee { id } } } }`;
    const mine = await ok(q, { d: department['front-office'] }, person.ann.token);
    expect(new Set(mine.roster.shifts.map((s: { employee: { id: string } }) => s.employee.id))).toEqual(new Set([person.ann.id]));
    expect((await ok(q, { d: department['front-office'] }, person.fom.token)).roster.shifts).toHaveLength(5);
    const myShifts = await ok(`{ myShifts(from: "2027-03-01", to: "2027-03-31") { date } }`, {}, person.bob.token);
    expect(myShifts.myShifts).toEqual([{ date: '2027-03-03' }]);
  });

  it('checks covers and swaps against the roster rules: unqualified refused, approved moves the shift', async () => {
    const roster = await ok(
      `query($d: ID!) { roster(departmentId: $d, month: "2027-03") { shifts { id date templateId employee { id } } } }`,
      { d: department['front-office'] },
      hr(),
    );
    const shiftOf = (who: string, date: string) =>
      roster.roster.shifts.find((s: { date: string; employee: { id: string } }) => s.employee.id === person[who].id && s.date === date).id;
    const request = (input: Record<string, unknown>, who: IdentityClaims) =>
      call(`mutation($i: RequestShiftChangeInput!) { requestShiftChange(input: $i) { id kind status } }`, { i: input }, who);
    // Bob's night shift needs first aid: Cat has none
    expect(reason(await request({ shiftId: shiftOf('bob', '2027-03-03'), counterpartId: person.cat.id }, person.bob.token))).toBe(
      'ROSTER.SKILL_MISSING',
    );
    // nobody gives away someone else's shift
    expect(reason(await request({ shiftId: shiftOf('bob', '2027-03-03'), counterpartId: person.cat.id }, person.ann.token))).toBe(
      'SHIFT_CHANGE.NOT_YOUR_SHIFT',
    );
    const swap = await request(
      { shiftId: shiftOf('ann', '2027-03-02'), counterpartShiftId: shiftOf('cat', '2027-03-02') },
      person.ann.token,
    );
    expect(swap.data!.requestShiftChange).toMatchObject({ kind: 'SWAP', status: 'REQUESTED' });
    const decided = await ok(
      `mutation($id: ID!) { decideShiftChange(id: $id, approve: true) { status decidedBy } }`,
      { id: swap.data!.requestShiftChange.id },
      person.fom.token,
    );
    expect(decided.decideShiftChange).toEqual({ status: 'APPROVED', decidedBy: person.fom.id });
    const after = await ok(`{ myShifts(from: "2027-03-02", to: "2027-03-02") { startsAt } }`, {}, person.ann.token);
    expect(after.myShifts).toEqual([{ startsAt: '2027-03-02T07:00' }]);
  });

  it('clocks in once per shift with the device, classifies lateness and names the duty manager on duty', async () => {
    clock.local('2027-03-02T07:07');
    const clockIn = (who: IdentityClaims) => call(`mutation { clockIn(device: "staff-entrance-1") { shiftId clockInDevice } }`, {}, who);
    expect((await clockIn(person.ann.token)).data!.clockIn.clockInDevice).toBe('staff-entrance-1');
    expect(reason(await clockIn(person.ann.token))).toBe('ATTENDANCE.ALREADY_CLOCKED_IN');
    expect(reason(await clockIn(person.bob.token))).toBe('ATTENDANCE.NO_SHIFT_NOW');
    expect(reason(await call(`mutation { clockOut(device: "x") { id } }`, {}, person.bob.token))).toBe('ATTENDANCE.NOT_CLOCKED_IN');
    clock.local('2027-03-02T07:58');
    expect((await clockIn(person.dm.token)).errors).toBeUndefined();
    clock.local('2027-03-02T09:00');
    const duty = await ok(
      `query($p: ID!) { departments(propertyId: $p, first: 50) { nodes { code onDutyNow { clockedInAt shift { employee { id } } } } } }`,
      { p: propertyId },
      person.ann.token,
    );
    const fo = duty.departments.nodes.find((d: { code: string }) => d.code === 'front-office');
    expect(fo.onDutyNow).toEqual([{ clockedInAt: '2027-03-01T23:58:00.000Z', shift: { employee: { id: person.dm.id } } }]);
    clock.local('2027-03-02T15:40');
    expect(
      (await call(`mutation { clockOut(device: "staff-entrance-2") { clockOutDevice } }`, {}, person.ann.token)).data!.clockOut
        .clockOutDevice,
    ).toBe('staff-entrance-2');
    const summary = await ok(
      `query($e: ID!) { attendanceSummary(employeeId: $e, month: "2027-03") { shifts late lateMinutes overtimeMinutes absences days { outcome } } }`,
      { e: person.ann.id },
      person.ann.token,
    );
    // Mar 1 morning (no clock-in: absent), Mar 2 morning (7 min late, 40 min overtime)
    expect(summary.attendanceSummary).toMatchObject({ shifts: 2, late: 1, lateMinutes: 7, overtimeMinutes: 40, absences: 1 });
    expect(
      reason(
        await call(
          `query($e: ID!) { attendanceSummary(employeeId: $e, month: "2027-03") { shifts } }`,
          { e: person.ann.id },
          person.bob.token,
        ),
      ),
    ).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
  });

  it('routes care’s escalation to the duty manager clocked in, falling back a level, and says when nobody is on duty', async () => {
    const escalate = async (caseId: string, escalatedTo: 'care-supervisor' | 'duty-manager') => {
      const payload = {
        caseId,
        propertyId,
        caseNumber: 'C-1',
        level: escalatedTo === 'care-supervisor' ? 1 : 2,
        escalatedTo,
        clock: 'RESOLUTION' as const,
        dueAt: clock.now().toISOString(),
        breached: true,
        assigneeId: null,
        escalatedAt: clock.now().toISOString(),
      };
      await deliver(sg.app.transport, eventMessage(CaseEscalated, payload, { subject: caseId, propertyId }));
      return (await ok(`query($c: ID!) { escalationRoutes(caseId: $c) { routedRole explanation notified { id } } }`, { c: caseId }, hr()))
        .escalationRoutes;
    };
    clock.local('2027-03-02T16:00');
    const caseId = randomUUID();
    const [routed] = await escalate(caseId, 'care-supervisor');
    expect(routed).toMatchObject({ routedRole: 'duty-manager', notified: { id: person.dm.id } });
    expect(routed.explanation).toMatch(/on duty 08:00–20:00, clocked in 07:58 \(nobody on duty as care-supervisor\)/);
    const events = await sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: caseId } });
    expect(events.map((e) => e.type)).toEqual(['hotelops.staffing.escalation.routed.v1']);
    expect(JSON.parse(events[0].payload)).toMatchObject({
      requestedRole: 'care-supervisor',
      routedRole: 'duty-manager',
      notifiedEmployeeId: person.dm.id,
    });

    clock.local('2027-03-05T03:00');
    const [nobody] = await escalate(randomUUID(), 'duty-manager');
    expect(nobody).toMatchObject({ routedRole: 'department-manager', notified: null });
    expect(nobody.explanation).toMatch(/nobody is on duty and clocked in/);
  });

  it('corrects a forgotten clock only with an approver other than the person', async () => {
    const day = await ok(
      `query($d: ID!) { attendanceDay(departmentId: $d, date: "2027-03-01") { outcome shift { id employee { id } } } }`,
      { d: department['front-office'] },
      person.fom.token,
    );
    expect(day.attendanceDay).toEqual([{ outcome: 'ABSENT', shift: expect.objectContaining({ employee: { id: person.ann.id } }) }]);
    const asked = await ok(
      `mutation($i: RequestAttendanceCorrectionInput!) { requestAttendanceCorrection(input: $i) { id status } }`,
      {
        i: {
          shiftId: day.attendanceDay[0].shift.id,
          clockInAt: '2027-02-28T22:58:00Z',
          clockOutAt: '2027-03-01T07:02:00Z',
          reason: 'forgot my card',
        },
      },
      person.ann.token,
    );
    const decide = `mutation($id: ID!) { decideAttendanceCorrection(id: $id, approve: true) { status decidedBy } }`;
    expect(reason(await call(decide, { id: asked.requestAttendanceCorrection.id }, person.ann.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect((await ok(decide, { id: asked.requestAttendanceCorrection.id }, person.dm.token)).decideAttendanceCorrection).toEqual({
      status: 'APPROVED',
      decidedBy: person.dm.id,
    });
    const after = await ok(
      `query($d: ID!) { attendanceDay(departmentId: $d, date: "2027-03-01") { outcome record { correctedBy } } }`,
      { d: department['front-office'] },
      hr(),
    );
    expect(after.attendanceDay).toEqual([{ outcome: 'PRESENT', record: { correctedBy: person.dm.id } }]);
  });

  it('refuses self-service to tokens that name no employee', async () => {
    const r = await call(`mutation { clockIn(device: "x") { id } }`, {}, staff(['front-desk'], [propertyId]));
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
  });
});
