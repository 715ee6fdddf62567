import { LEAVE_MACHINE, accruedDays, balanceProblem, datesBetween, leaveDays, rangeProblem } from '../src/leave/leave.rules';
import { reassignments, SHIFT_CHANGE_MACHINE } from '../src/shift-change/shift-change.rules';
import { skillState } from '../src/skill/skill.rules';
import { routeEscalation, type OnShift } from '../src/escalation/escalation.rules';

describe('leave rules', () => {
  it('accrues the annual allowance month by month from the hire month, in half days', () => {
    expect(accruedDays(12, '2020-05-01', '2026-03-15')).toBe(3);
    expect(accruedDays(10, '2020-05-01', '2026-12-31')).toBe(10);
    expect(accruedDays(10, '2026-11-20', '2026-12-01')).toBe(1.5); // November and December: 1.66 → 1.5
    expect(accruedDays(10, '2027-01-01', '2026-12-01')).toBe(0);
    expect(accruedDays(null, '2020-01-01', '2026-12-01')).toBeNull();
  });

  it('refuses a request beyond the balance, saying what is left', () => {
    expect(balanceProblem(3, 5, 2, 'Annual leave')).toBeNull();
    expect(balanceProblem(4, 5, 2, 'Annual leave')).toBe(
      '4 day(s) of Annual leave requested but only 3 left (5 accrued, 2 taken or requested)',
    );
    expect(balanceProblem(100, null, 0, 'Unpaid leave')).toBeNull();
  });

  it('counts days inclusively and checks ranges', () => {
    expect(leaveDays('2026-12-30', '2027-01-02')).toBe(4);
    expect(datesBetween('2026-02-27', '2026-03-01')).toEqual(['2026-02-27', '2026-02-28', '2026-03-01']);
    expect(rangeProblem('2026-12-05', '2026-12-04')).toMatch(/before/);
    expect(rangeProblem('2026-01-01', '2026-06-01')).toMatch(/at most 60 days/);
  });

  it('moves requests through their statuses', () => {
    expect(LEAVE_MACHINE.transition('REQUESTED', 'approve').ok).toBe(true);
    expect(LEAVE_MACHINE.transition('APPROVED', 'approve').ok).toBe(false);
    expect(LEAVE_MACHINE.transition('APPROVED', 'cancel').ok).toBe(true);
  });
});

describe('shift changes and skills', () => {
  it('moves one shift for a cover and exchanges two for a swap', () => {
    const base = { shiftId: 'a', requesterId: 'p', counterpartId: 'q' };
    expect(reassignments({ ...base, kind: 'COVER', counterpartShiftId: null })).toEqual([{ shiftId: 'a', from: 'p', to: 'q' }]);
    expect(reassignments({ ...base, kind: 'SWAP', counterpartShiftId: 'b' })).toEqual([
      { shiftId: 'a', from: 'p', to: 'q' },
      { shiftId: 'b', from: 'q', to: 'p' },
    ]);
    expect(SHIFT_CHANGE_MACHINE.transition('APPROVED', 'reject').ok).toBe(false);
  });

  it('tells valid, expiring and expired certificates apart', () => {
    expect(skillState(null, '2026-12-01')).toBe('VALID');
    expect(skillState('2026-12-20', '2026-12-01')).toBe('EXPIRING');
    expect(skillState('2027-06-01', '2026-12-01')).toBe('VALID');
    expect(skillState('2026-11-30', '2026-12-01')).toBe('EXPIRED');
  });
});

describe('escalation routing', () => {
  const on = (employeeId: string, roles: string[], extra: Partial<OnShift> = {}): OnShift => ({
    employeeId,
    name: employeeId,
    roles,
    level: 'STAFF',
    duty: false,
    startMin: 8 * 60,
    endMin: 20 * 60,
    clockedInMin: 7 * 60 + 55,
    ...extra,
  });

  it('reaches the level asked for, duty shift first, else the next level up, else nobody with the reason', () => {
    const people = [
      on('agent', ['care-agent']),
      on('dm2', ['duty-manager']),
      on('dm1', ['duty-manager'], { duty: true, clockedInMin: 8 * 60 }),
    ];
    expect(routeEscalation('duty-manager', people)).toEqual({
      routedRole: 'duty-manager',
      employeeId: 'dm1',
      explanation: 'dm1: on duty 08:00–20:00, clocked in 08:00',
    });
    expect(routeEscalation('care-supervisor', people).explanation).toMatch(/nobody on duty as care-supervisor/);
    expect(routeEscalation('duty-manager', [on('gm', [], { level: 'MANAGER' })])).toMatchObject({
      routedRole: 'department-manager',
      employeeId: 'gm',
    });
    expect(routeEscalation('care-supervisor', [])).toEqual({
      routedRole: 'department-manager',
      employeeId: null,
      explanation: 'nobody is on duty and clocked in as care-supervisor, duty-manager, department-manager',
    });
  });
});
