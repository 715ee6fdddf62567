import { displayName, terminationDateProblem, transition } from '../src/employee/employee.rules';

describe('employee rules', () => {
  it('lets active staff be transferred and terminated', () => {
    const active = { status: 'ACTIVE' as const, terminatedOn: null };
    expect(transition(active, 'transfer')).toEqual({ ok: true, to: 'ACTIVE' });
    expect(transition(active, 'terminate')).toEqual({ ok: true, to: 'TERMINATED' });
  });

  it('refuses to terminate or transfer someone who has left, saying since when', () => {
    const gone = { status: 'TERMINATED' as const, terminatedOn: '2026-01-31' };
    expect(transition(gone, 'terminate')).toEqual({ ok: false, reason: 'cannot terminate: already terminated (last day 2026-01-31)' });
    expect(transition(gone, 'transfer')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/^cannot transfer: already terminated/),
    });
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
