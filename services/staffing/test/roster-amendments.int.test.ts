import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS } from '@hotelops/testing';
import { ManualClock, StaffingHotel, hr, reason } from './staffing-hotel.fixture';

const AMEND = `mutation($i: AmendRosterInput!) { amendRoster(input: $i) { id status version } }`;
const SHIFTS = `query($d: ID!) { roster(departmentId: $d, month: "2027-03") { version shifts { id date startsAt employee { id } } } }`;

/** A published roster amended by the roster rules and republished as the next version, announced by RosterAmended. */
describe.each(DIALECTS)('amending a published roster on %s', (dialect) => {
  const hotel = new StaffingHotel('A');
  const { person, department } = hotel;
  const template: Record<string, string> = {};
  let rosterId: string;
  const amend = (input: Record<string, unknown>, who = person.fom.token) =>
    hotel.call(AMEND, { i: { rosterId, reason: 'sick call', ...input } }, who);
  const add = (who: string, tpl: string, date: string) => ({ employeeId: person[who].id, templateId: template[tpl], date });
  const shiftsNow = async () => (await hotel.ok(SHIFTS, { d: department['front-office'] }, hr())).roster;
  const shiftOf = async (who: string, date: string) =>
    (await shiftsNow()).shifts.find((s: { date: string; employee: { id: string } }) => s.employee.id === person[who].id && s.date === date)
      .id as string;

  beforeAll(async () => {
    await hotel.start({ dialect, clock: new ManualClock('2027-02-20T02:00:00Z') });
    await hotel.hire('fom', 'front-office-manager', ['front-desk', 'duty-manager']);
    for (const who of ['ann', 'bob', 'cat']) await hotel.hire(who, 'front-desk-agent', ['front-desk']);
    for (const [code, startsAt, endsAt] of [
      ['morning', '07:00', '15:00'],
      ['evening', '15:00', '23:00'],
    ]) {
      const t = await hotel.ok(
        `mutation($i: CreateShiftTemplateInput!) { createShiftTemplate(input: $i) { id } }`,
        { i: { departmentId: department['front-office'], code, name: code, startsAt, endsAt, breakMinutes: 60 } },
        person.fom.token,
      );
      template[code] = t.createShiftTemplate.id;
    }
    rosterId = (
      await hotel.ok(
        `mutation($d: ID!) { createRoster(departmentId: $d, month: "2027-03") { id } }`,
        { d: department['front-office'] },
        person.fom.token,
      )
    ).createRoster.id;
    for (const [who, date] of [
      ['ann', '2027-03-01'],
      ['bob', '2027-03-02'],
    ]) {
      await hotel.ok(
        `mutation($i: AssignShiftInput!) { assignShift(input: $i) { id } }`,
        { i: { rosterId, ...add(who, 'morning', date) } },
        person.fom.token,
      );
    }
  });
  afterAll(() => hotel.stop());

  it('amends only a published roster, only by its leaders, and only with something to change', async () => {
    expect(reason(await amend({ add: [add('cat', 'morning', '2027-03-03')] }))).toBe('ROSTER.NOT_PUBLISHED');
    const published = await hotel.ok(`mutation($r: ID!) { publishRoster(rosterId: $r) { version } }`, { r: rosterId }, person.fom.token);
    expect(published.publishRoster.version).toBe(1);
    expect(reason(await amend({ add: [add('cat', 'morning', '2027-03-03')] }, person.ann.token))).toBe('EMPLOYEE.OUTSIDE_YOUR_TEAM');
    expect(reason(await amend({}))).toBe('ROSTER.AMENDMENT_EMPTY');
    expect(reason(await amend({ removeShiftIds: [rosterId] }))).toBe('ROSTER.SHIFT_NOT_FOUND');
    expect(reason(await amend({ add: [add('cat', 'morning', '2027-04-01')] }))).toBe('ROSTER.DATE_OUTSIDE_MONTH');
  });

  it('explains every rule an amendment breaks by code and applies none of it', async () => {
    const refused = await amend({
      add: [add('ann', 'evening', '2027-03-01'), add('bob', 'morning', '2027-03-02'), add('cat', 'morning', '2027-03-05')],
    });
    expect(reason(refused)).toBe('ROSTER.HAS_VIOLATIONS');
    const codes = (refused.errors![0].extensions!.violations as { code: string; employeeId: string }[]).map((v) => [v.code, v.employeeId]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ['ROSTER.REST_TOO_SHORT', person.ann.id],
        ['ROSTER.SHIFT_OVERLAP', person.bob.id],
      ]),
    );
    expect(codes).toHaveLength(2);
    expect(refused.errors![0].message).toMatch(/2 violation\(s\): ROSTER\.\S+ /);
    const roster = await shiftsNow();
    expect(roster.version).toBe(1);
    expect(roster.shifts).toHaveLength(2);
  });

  it('republishes the amended roster as version 2 with RosterAmended; staff see the current version', async () => {
    const annMorning = await shiftOf('ann', '2027-03-01');
    const amended = await amend({ removeShiftIds: [annMorning], add: [add('cat', 'morning', '2027-03-01')] });
    expect(amended.data!.amendRoster).toEqual({ id: rosterId, status: 'PUBLISHED', version: 2 });

    const events = await hotel.sg.app.deps.db.manager.find(OutboxRow, { where: { messageKey: rosterId }, order: { seq: 'ASC' } });
    expect(events.map((e) => e.type)).toEqual(['hotelops.staffing.roster.published.v1', 'hotelops.staffing.roster.amended.v1']);
    expect(JSON.parse(events[1].payload)).toMatchObject({
      version: 2,
      reason: 'sick call',
      amendedBy: person.fom.id,
      removed: [{ shiftId: annMorning, employeeId: person.ann.id, date: '2027-03-01', startsAt: '2027-03-01T07:00' }],
      added: [{ employeeId: person.cat.id, date: '2027-03-01', startsAt: '2027-03-01T07:00', endsAt: '2027-03-01T15:00' }],
    });
    const mine = (who: string) => hotel.ok(`{ myShifts(from: "2027-03-01", to: "2027-03-31") { date } }`, {}, person[who].token);
    expect((await mine('ann')).myShifts).toEqual([]);
    expect((await mine('cat')).myShifts).toEqual([{ date: '2027-03-01' }]);
    const seen = await hotel.ok(SHIFTS, { d: department['front-office'] }, person.cat.token);
    expect(seen.roster).toMatchObject({ version: 2, shifts: [{ date: '2027-03-01', employee: { id: person.cat.id } }] });
  });
});
