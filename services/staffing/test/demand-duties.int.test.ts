import { randomUUID } from 'node:crypto';
import { ReservationCancelled } from '@hotelops/contracts';
import { DIALECTS, announceStay, deliver, eventMessage, gql, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import { LabourDemandEntity } from '../src/demand/demand.entity';
import { ManualClock, StaffingHotel, hr, reason } from './staffing-hotel.fixture';

const DEMAND = `query($p: ID!, $from: LocalDate, $days: Int) { labourDemand(propertyId: $p, from: $from, days: $days) {
  departmentCode date arrivals departures stayovers covers requiredMinutes scheduledMinutes shortMinutes understaffed } }`;

describe.each(DIALECTS)('labour demand and shift duties on %s', (dialect) => {
  const hotel = new StaffingHotel('D');
  const { position, department, person, hire, transport } = hotel;
  let sg: RunningSubgraph;
  let propertyId: string;

  beforeAll(async () => {
    ({ sg, propertyId } = await hotel.start({ dialect, clock: new ManualClock('2030-01-05T02:00:00Z'), events: true }));
    await hire('hkm', 'housekeeping-manager');
    await hire('ra', 'room-attendant');
    await hire('rb', 'room-attendant');
  });
  afterAll(() => hotel.stop());

  it('turns booked stays into staff-minutes per department and day, recomputed when a booking changes', async () => {
    await gqlOk(
      sg.url,
      `mutation($p: ID!) { setLabourStandard(propertyId: $p, input: {departmentCode: "housekeeping", perArrival: 0, perDeparture: 30, perStayover: 15, fixedDaily: 0}) { perDeparture } }`,
      { p: propertyId },
      hr(),
    );
    const FNB = `mutation($p: ID!, $capture: Int!, $perCover: Int!, $daily: Int!) { setLabourStandard(propertyId: $p, input: {departmentCode: "food-and-beverage", perArrival: 0, perDeparture: 0, perStayover: 0, fixedDaily: $daily, coversPer100Rooms: $capture, perCover: $perCover}) { coversPer100Rooms perCover } }`;
    await gqlOk(sg.url, FNB, { p: propertyId, capture: 140, perCover: 6, daily: 480 }, hr());
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) ids.push(await announceStay(transport, { propertyId, arrival: '2030-01-10', departure: '2030-01-12' }));
    const days = await gqlOk(sg.url, DEMAND, { p: propertyId, from: '2030-01-10', days: 3 }, hr());
    const hk = days.labourDemand.filter((d: { departmentCode: string }) => d.departmentCode === 'housekeeping');
    expect(hk.map((d: Record<string, unknown>) => [d.date, d.arrivals, d.stayovers, d.departures, d.requiredMinutes])).toEqual([
      ['2030-01-10', 40, 0, 0, 0],
      ['2030-01-11', 0, 40, 0, 600],
      ['2030-01-12', 0, 0, 40, 1200],
    ]);
    expect(hk[2]).toMatchObject({ scheduledMinutes: 0, shortMinutes: 1200, understaffed: true });
    // F&B from the covers forecast: 1.4 breakfast covers per room occupied overnight × 6 min, plus 8 h a day
    const fnb = days.labourDemand.filter((d: { departmentCode: string }) => d.departmentCode === 'food-and-beverage');
    expect(fnb.map((d: Record<string, unknown>) => [d.date, d.covers, d.requiredMinutes])).toEqual([
      ['2030-01-10', 0, 480],
      ['2030-01-11', 56, 816],
      ['2030-01-12', 56, 816],
    ]);
    expect(hk.every((d: { covers: number }) => d.covers === 0)).toBe(true);
    // the restaurant's own standard: a lower capture, more minutes a cover
    await gqlOk(sg.url, FNB, { p: propertyId, capture: 50, perCover: 10, daily: 0 }, hr());
    const fnbDay = (await gqlOk(sg.url, DEMAND, { p: propertyId, from: '2030-01-11', days: 1 }, hr())).labourDemand.find(
      (d: { departmentCode: string }) => d.departmentCode === 'food-and-beverage',
    );
    expect(fnbDay).toMatchObject({ covers: 20, requiredMinutes: 200 });

    // a cancellation takes its rooms out again; the same event twice changes nothing more
    const cancelled = eventMessage(
      ReservationCancelled,
      {
        reservationId: ids[0],
        propertyId,
        confirmationNumber: 'T-1',
        roomTypeId: randomUUID(),
        arrival: '2030-01-10',
        departure: '2030-01-12',
        cancelledAt: '2030-01-05T03:00:00Z',
        reason: null,
      },
      { subject: ids[0], propertyId },
    );
    await deliver(transport, cancelled, cancelled);
    const after = await gqlOk(sg.url, DEMAND, { p: propertyId, from: '2030-01-12', days: 1 }, hr());
    expect(after.labourDemand.find((d: { departmentCode: string }) => d.departmentCode === 'housekeeping')).toMatchObject({
      departures: 39,
      requiredMinutes: 1170,
    });
    // beyond the 28-day horizon nothing is stored
    await announceStay(transport, { propertyId, arrival: '2030-03-01', departure: '2030-03-02' });
    expect(await sg.app.deps.db.manager.countBy(LabourDemandEntity, { propertyId, date: '2030-03-01' })).toBe(0);
  });

  it('flags the day the published roster falls short of the demand', async () => {
    const tpl = await gqlOk(
      sg.url,
      `mutation($d: ID!) { createShiftTemplate(input: {departmentId: $d, code: "day", name: "Day", startsAt: "08:00", endsAt: "17:00", breakMinutes: 60}) { id } }`,
      { d: department.housekeeping },
      person.hkm.token,
    );
    const roster = await gqlOk(
      sg.url,
      `mutation($d: ID!) { createRoster(departmentId: $d, month: "2030-01") { id } }`,
      { d: department.housekeeping },
      person.hkm.token,
    );
    for (const who of ['ra', 'rb']) {
      for (const date of ['2030-01-11', '2030-01-12']) {
        await gqlOk(
          sg.url,
          `mutation($i: AssignShiftInput!) { assignShift(input: $i) { id } }`,
          { i: { rosterId: roster.createRoster.id, employeeId: person[who].id, templateId: tpl.createShiftTemplate.id, date } },
          person.hkm.token,
        );
      }
    }
    await gqlOk(sg.url, `mutation($r: ID!) { publishRoster(rosterId: $r) { status } }`, { r: roster.createRoster.id }, person.hkm.token);
    const days = await gqlOk(sg.url, DEMAND, { p: propertyId, from: '2030-01-11', days: 2 }, hr());
    const hk = days.labourDemand.filter((d: { departmentCode: string }) => d.departmentCode === 'housekeeping');
    // two people × 8 paid hours = 960 minutes: enough for 600, short of 1170
    expect(hk.map((d: Record<string, unknown>) => [d.date, d.scheduledMinutes, d.understaffed])).toEqual([
      ['2030-01-11', 960, false],
      ['2030-01-12', 960, true],
    ]);
    expect(reason(await gql(sg.url, DEMAND, { p: propertyId, days: 29 }, hr()))).toBe('INPUT.INVALID');
  });

  it('keeps time-slot checklists, briefings and grooming checks, each by the right people', async () => {
    const list = await gqlOk(
      sg.url,
      `mutation($p: ID!) { createDutyChecklist(input: {positionId: $p, startsAt: "08:00", endsAt: "10:00", title: "Morning rooms", items: ["cart stocked", "departures first", "report maintenance"]}) { id items } }`,
      { p: position['room-attendant'] },
      person.hkm.token,
    );
    const check = (done: string[], who = person.ra.token) =>
      gql(
        sg.url,
        `mutation($i: RecordDutyCheckInput!) { recordDutyCheck(input: $i) { complete done } }`,
        { i: { checklistId: list.createDutyChecklist.id, date: '2030-01-11', done } },
        who,
      );
    expect((await check(['cart stocked'])).data!.recordDutyCheck).toEqual({ complete: false, done: ['cart stocked'] });
    expect((await check(['cart stocked', 'departures first', 'report maintenance'])).data!.recordDutyCheck.complete).toBe(true);
    expect(reason(await check(['sing a song']))).toBe('DUTY.UNKNOWN_ITEM');
    expect(reason(await check(['cart stocked'], person.hkm.token))).toBe('DUTY.INVALID');
    const checks = await gqlOk(
      sg.url,
      `query($d: ID!) { dutyChecks(departmentId: $d, date: "2030-01-11") { employeeId complete } }`,
      { d: department.housekeeping },
      person.hkm.token,
    );
    expect(checks.dutyChecks).toEqual([{ employeeId: person.ra.id, complete: true }]);

    const briefing = await gql(
      sg.url,
      `mutation($i: RecordBriefingInput!) { recordBriefing(input: $i) { ledBy attendeeIds topics } }`,
      {
        i: {
          departmentId: department.housekeeping,
          date: '2030-01-11',
          kind: 'MORNING',
          attendeeIds: [person.ra.id, person.rb.id],
          topics: ['40 departures tomorrow'],
        },
      },
      person.hkm.token,
    );
    expect(briefing.data!.recordBriefing).toEqual({
      ledBy: person.hkm.id,
      attendeeIds: [person.ra.id, person.rb.id],
      topics: ['40 departures tomorrow'],
    });
    expect(
      reason(
        await gql(
          sg.url,
          `mutation($i: RecordBriefingInput!) { recordBriefing(input: $i) { id } }`,
          { i: { departmentId: department.housekeeping, date: '2030-01-11', kind: 'MORNING', attendeeIds: [], topics: ['x'] } },
          person.ra.token,
        ),
      ),
    ).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');

    const groom = (findings: { item: string; note: string }[]) =>
      gqlOk(
        sg.url,
        `mutation($i: RecordGroomingCheckInput!) { recordGroomingCheck(input: $i) { passed findings { item note } checkedBy } }`,
        { i: { employeeId: person.rb.id, date: '2030-01-11', findings } },
        person.hkm.token,
      );
    expect((await groom([])).recordGroomingCheck.passed).toBe(true);
    expect((await groom([{ item: 'name-badge', note: 'missing' }])).recordGroomingCheck).toEqual({
      passed: false,
      findings: [{ item: 'name-badge', note: 'missing' }],
      checkedBy: person.hkm.id,
    });
    const mine = await gqlOk(sg.url, `query($e: ID!) { groomingChecks(employeeId: $e) { passed } }`, { e: person.rb.id }, person.rb.token);
    expect(mine.groomingChecks).toHaveLength(2);
    expect(
      reason(await gql(sg.url, `query($e: ID!) { groomingChecks(employeeId: $e) { passed } }`, { e: person.rb.id }, person.ra.token)),
    ).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
  });
});
