import { EMPLOYEE_MACHINE, displayName, notActive, terminationDateProblem } from '../src/employee/employee.rules';

describe('employee rules', () => {
  it('lets active staff be transferred and terminated', () => {
    expect(EMPLOYEE_MACHINE.transition('ACTIVE', 'transfer')).toEqual({ ok: true, from: 'ACTIVE', to: 'ACTIVE' });
    expect(EMPLOYEE_MACHINE.transition('ACTIVE', 'terminate')).toEqual({ ok: true, from: 'ACTIVE', to: 'TERMINATED' });
  });

  it('refuses to terminate or transfer someone who has left, saying since when', () => {
    expect(EMPLOYEE_MACHINE.transition('TERMINATED', 'terminate').ok).toBe(false);
    expect(EMPLOYEE_MACHINE.transition('TERMINATED', 'transfer').ok).toBe(false);
    const gone = { status: 'TERMINATED' as const, terminatedOn: '2026-01-31' };
    expect(notActive(gone, 'terminate')).toBe('cannot terminate: already terminated (last day 2026-01-31)');
    expect(notActive(gone, 'transfer')).toMatch(/^cannot transfer: already terminated/);
  });

  it('allows the last day to be the first day, never before it', () => {
    expect(terminationDateProblem('2025-03-01', '2025-03-01')).toBeNull();
    expect(terminationDateProblem('2025-03-01', '2026-01-31')).toBeNull();
    expect(terminationDateProblem('2025-03-01', '2025-02-28')).toBe('terminatedOn (2025-02-28) is before the hire date (2025-03-01)');
  });

  it('shows Chinese names family name first without a space, others first name first', () => {
    expect(displayName('芳', '王')).toBe('王芳');
    expect(displayName('志远', '欧阳')).toBe('欧阳志远');
    expect(displayName('Anna', 'Schmidt')).toBe('Anna Schmidt');
    expect(displayName(' Fang ', 'Wang')).toBe('Fang Wang');
  });
});
