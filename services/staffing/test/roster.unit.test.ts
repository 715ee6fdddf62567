import { DEFAULT_POLICY } from '../src/policy/staffing-policy.rules';
import { datesOfMonth, localMinutesAt, shiftSpan, weekOf } from '../src/calendar/local-time.rules';
import { assignmentViolations, validateRoster, type PlannedShift, type Qualification } from '../src/roster/roster.rules';
import { shiftTemplateProblem } from '../src/roster/shift-template.rules';
import { amendmentProblem, amendmentViolations } from '../src/roster/roster-amendment.rules';

const policy = { ...DEFAULT_POLICY, minRestMinutes: 11 * 60, maxWeeklyMinutes: 40 * 60 };
let n = 0;
const shift = (employeeId: string, date: string, start: string, end: string, extra: Partial<PlannedShift> = {}): PlannedShift => ({
  id: `s${++n}`,
  employeeId,
  date,
  ...shiftSpan(date, start, end),
  breakMinutes: 60,
  positionId: null,
  requiredSkills: [],
  ...extra,
});
const person = (employeeId: string, extra: Partial<Qualification> = {}): Qualification => ({
  employeeId,
  name: `P-${employeeId}`,
  active: true,
  positionId: 'pos-agent',
  skills: [],
  ...extra,
});

describe('local time', () => {
  it('puts a night shift’s end on the next day and keys weeks by their Monday', () => {
    const night = shiftSpan('2026-12-01', '22:00', '06:00');
    expect(night.endMin - night.startMin).toBe(8 * 60);
    expect(weekOf('2026-12-06')).toBe('2026-11-30'); // Sunday → Monday before
    expect(weekOf('2026-11-30')).toBe('2026-11-30');
    expect(datesOfMonth('2026-02')).toHaveLength(28);
  });

  it('reads an instant on the property’s wall clock', () => {
    const shanghai = localMinutesAt(new Date('2026-12-01T01:07:30Z'), 'Asia/Shanghai');
    expect(shanghai).toBe(shiftSpan('2026-12-01', '09:07', '10:00').startMin);
  });

  it('refuses templates whose break is as long as the shift', () => {
    expect(shiftTemplateProblem('07:00', '15:00', 60)).toBeNull();
    expect(shiftTemplateProblem('22:00', '06:00', 30)).toBeNull();
    expect(shiftTemplateProblem('07:00', '08:00', 60)).toMatch(/shorter than the shift/);
    expect(shiftTemplateProblem('7:00', '08:00', 0)).toMatch(/HH:MM/);
  });
});

describe('roster validation', () => {
  const none = new Set<string>();

  it('accepts a sound week and explains overlap and short rest by code and message', () => {
    const a = shift('e1', '2026-12-01', '07:00', '15:00');
    const b = shift('e1', '2026-12-02', '07:00', '15:00');
    expect(validateRoster({ shifts: [a, b], people: new Map([['e1', person('e1')]]), leave: new Map(), policy })).toEqual([]);

    const late = shift('e1', '2026-12-02', '14:00', '22:00');
    const early = shift('e1', '2026-12-03', '06:00', '14:00');
    const overlapping = shift('e1', '2026-12-02', '20:00', '23:00');
    const violations = validateRoster({
      shifts: [late, early, overlapping],
      people: new Map([['e1', person('e1')]]),
      leave: new Map(),
      policy,
    });
    expect(violations.map((v) => [v.code, v.shiftId])).toEqual([
      ['ROSTER.SHIFT_OVERLAP', overlapping.id],
      ['ROSTER.REST_TOO_SHORT', early.id],
    ]);
    expect(violations[1].message).toMatch(/rest 7 h .* at least 11 h/);
  });

  it('sums paid hours per ISO week against the maximum', () => {
    // Mon–Fri 9 h with 1 h break = 40 h: fine; a sixth day exceeds 40 h
    const week = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03', '2026-12-04'].map((d) => shift('e1', d, '08:00', '17:00'));
    const people = new Map([['e1', person('e1')]]);
    expect(validateRoster({ shifts: week, people, leave: new Map(), policy })).toEqual([]);
    const saturday = shift('e1', '2026-12-05', '08:00', '17:00');
    const v = validateRoster({ shifts: [...week, saturday], people, leave: new Map(), policy });
    expect(v).toHaveLength(1);
    expect(v[0]).toMatchObject({ code: 'ROSTER.WEEKLY_HOURS_EXCEEDED', shiftId: saturday.id, date: '2026-12-05' });
    expect(v[0].message).toMatch(/48 h in the week of 2026-11-30; at most 40 h/);
  });

  it('checks position, skills (with expiry), leave and employment', () => {
    const s = shift('e1', '2026-12-10', '07:00', '15:00', { positionId: 'pos-chef', requiredSkills: ['food-hygiene', 'first-aid'] });
    const q = person('e1', { skills: [{ code: 'food-hygiene', expiresOn: '2026-12-09' }] });
    const codes = validateRoster({
      shifts: [s],
      people: new Map([['e1', q]]),
      leave: new Map([['e1', new Set(['2026-12-10'])]]),
      policy,
    }).map((v) => v.code);
    expect(codes).toEqual(['ROSTER.POSITION_MISMATCH', 'ROSTER.SKILL_EXPIRED', 'ROSTER.SKILL_MISSING', 'ROSTER.ON_LEAVE']);
    const renewed = person('e1', {
      positionId: 'pos-chef',
      skills: [
        { code: 'food-hygiene', expiresOn: '2027-01-01' },
        { code: 'first-aid', expiresOn: null },
      ],
    });
    expect(validateRoster({ shifts: [s], people: new Map([['e1', renewed]]), leave: new Map(), policy })).toEqual([]);
    expect(validateRoster({ shifts: [s], people: new Map(), leave: new Map(), policy })[0].code).toBe('ROSTER.EMPLOYEE_INACTIVE');
  });

  it('counts context shifts (the neighbouring month) for rest without reporting them', () => {
    const lastOfNov = shift('e1', '2026-11-30', '14:00', '23:00');
    const firstOfDec = shift('e1', '2026-12-01', '06:00', '14:00');
    const v = validateRoster({
      shifts: [firstOfDec],
      context: [lastOfNov],
      people: new Map([['e1', person('e1')]]),
      leave: new Map(),
      policy,
    });
    expect(v.map((x) => [x.code, x.shiftId])).toEqual([['ROSTER.REST_TOO_SHORT', firstOfDec.id]]);
  });

  it('judges one assignment only by what it breaks, including the rest before the next shift', () => {
    const next = shift('e1', '2026-12-02', '06:00', '14:00');
    const candidate = { ...shift('e1', '2026-12-01', '14:00', '22:00'), id: null };
    const v = assignmentViolations({ candidate, others: [next], person: person('e1'), leaveDates: none, policy });
    expect(v.map((x) => x.code)).toEqual(['ROSTER.REST_TOO_SHORT']);
    const fine = { ...shift('e1', '2026-12-01', '07:00', '15:00'), id: null };
    expect(assignmentViolations({ candidate: fine, others: [next], person: person('e1'), leaveDates: none, policy })).toEqual([]);
  });

  it('validates 300 people × 31 days in one pass', () => {
    const people = new Map<string, Qualification>();
    const shifts: PlannedShift[] = [];
    for (let p = 0; p < 300; p++) {
      people.set(`e${p}`, person(`e${p}`));
      for (const d of datesOfMonth('2026-12')) if (Number(d.slice(8)) % 7 < 5) shifts.push(shift(`e${p}`, d, '07:00', '15:00'));
    }
    expect(validateRoster({ shifts, people, leave: new Map(), policy: { ...policy, maxWeeklyMinutes: 48 * 60 } })).toEqual([]);
  });
});

describe('roster amendments', () => {
  const people = new Map([
    ['e1', person('e1')],
    ['e2', person('e2')],
    ['e3', person('e3', { positionId: 'pos-cook' })],
  ]);
  const base = { people, leave: new Map<string, ReadonlySet<string>>(), policy };

  it('refuses an empty amendment, a shift not on the roster and a date outside the month, naming the field', () => {
    const current = [{ id: 's-a' }];
    expect(amendmentProblem({ month: '2026-12', current, removeShiftIds: [], addDates: [] })).toMatchObject({
      code: 'ROSTER.AMENDMENT_EMPTY',
    });
    expect(amendmentProblem({ month: '2026-12', current, removeShiftIds: ['s-x'], addDates: [] })).toMatchObject({
      code: 'ROSTER.SHIFT_NOT_FOUND',
      field: 'removeShiftIds',
    });
    expect(amendmentProblem({ month: '2026-12', current, removeShiftIds: [], addDates: ['2027-01-01'] })).toMatchObject({
      code: 'ROSTER.DATE_OUTSIDE_MONTH',
      field: 'add.date',
    });
    expect(amendmentProblem({ month: '2026-12', current, removeShiftIds: ['s-a'], addDates: ['2026-12-31'] })).toBeNull();
  });

  it('judges the people it touches on the amended roster: a removed shift frees rest, an added one may break it', () => {
    const early = shift('e1', '2026-12-02', '06:00', '14:00');
    const other = shift('e2', '2026-12-02', '07:00', '15:00');
    const late = shift('e1', '2026-12-01', '14:00', '22:00');
    // e1's late shift leaves 8 h of rest before the early one
    const refused = amendmentViolations({ ...base, current: [early, other], removeShiftIds: [], add: [late] });
    expect(refused.violations.map((v) => [v.code, v.employeeId])).toEqual([['ROSTER.REST_TOO_SHORT', 'e1']]);
    // taking the early shift off in the same amendment makes room for it
    const accepted = amendmentViolations({ ...base, current: [early, other], removeShiftIds: [early.id!], add: [late] });
    expect(accepted.violations).toEqual([]);
    expect(accepted.amended.map((s) => s.id)).toEqual([other.id, late.id]);
  });

  it('reports position and leave for an added shift, and leaves untouched people alone', () => {
    // e2 already has an overlapping pair nobody touches: not re-judged
    const a = shift('e2', '2026-12-03', '07:00', '15:00');
    const b = shift('e2', '2026-12-03', '14:00', '22:00');
    const cookOnDesk = shift('e3', '2026-12-04', '07:00', '15:00', { positionId: 'pos-agent' });
    const onLeave = shift('e1', '2026-12-05', '07:00', '15:00');
    const { violations } = amendmentViolations({
      ...base,
      leave: new Map([['e1', new Set(['2026-12-05'])]]),
      current: [a, b],
      removeShiftIds: [],
      add: [cookOnDesk, onLeave],
    });
    expect(violations.map((v) => [v.code, v.employeeId]).sort()).toEqual([
      ['ROSTER.ON_LEAVE', 'e1'],
      ['ROSTER.POSITION_MISMATCH', 'e3'],
    ]);
  });
});
