import {
  afterPause,
  levelDue,
  metWithin,
  nextDue,
  nextEscalationAt,
  pickPolicy,
  startClocks,
  targetsProblem,
  type SlaState,
} from '../src/sla/sla.rules';

const T0 = new Date('2099-01-01T00:00:00.000Z');
const m = (minutes: number) => new Date(T0.getTime() + minutes * 60_000);
const state = (over: Partial<SlaState> = {}): SlaState => ({
  ...startClocks(T0, { firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 10, escalateAfterMinutes: 60 }),
  firstResponseAt: null,
  pausedAt: null,
  escalationLevel: 0,
  warnBeforeMinutes: 10,
  escalateAfterMinutes: 60,
  open: true,
  ...over,
});

describe('SLA clocks', () => {
  it('runs the first-response target until answered, then the resolution target', () => {
    expect(nextDue(state())).toEqual({ clock: 'FIRST_RESPONSE', at: m(30) });
    expect(nextDue(state({ firstResponseAt: m(5) }))).toEqual({ clock: 'RESOLUTION', at: m(240) });
    expect(nextDue(state({ pausedAt: m(5) }))).toBeNull();
    expect(nextDue(state({ open: false }))).toBeNull();
  });

  it('reaches supervisor at the warning, duty manager at the breach, department manager after the grace', () => {
    expect(levelDue(state(), m(19))?.level).toBe(0);
    expect(levelDue(state(), m(20))).toEqual({ level: 1, clock: 'FIRST_RESPONSE', dueAt: m(30), breached: false });
    expect(levelDue(state(), m(31))).toMatchObject({ level: 2, breached: true });
    expect(levelDue(state(), m(90))).toMatchObject({ level: 3 });
    // escalation never unwinds: answered in time after a warning, the level stays
    expect(levelDue(state({ escalationLevel: 1, firstResponseAt: m(25) }), m(26))).toMatchObject({ level: 1, clock: 'RESOLUTION' });
  });

  it('tells the sweep when it next has work for a case', () => {
    expect(nextEscalationAt(state())).toEqual(m(20));
    expect(nextEscalationAt(state({ escalationLevel: 1 }))).toEqual(m(30));
    expect(nextEscalationAt(state({ escalationLevel: 2 }))).toEqual(m(90));
    expect(nextEscalationAt(state({ escalationLevel: 3 }))).toBeNull();
    expect(nextEscalationAt(state({ pausedAt: m(1) }))).toBeNull();
  });

  it('moves unmet targets later by the time spent waiting on the guest', () => {
    expect(afterPause(state({ pausedAt: m(10) }), m(70))).toEqual({ firstResponseDueAt: m(90), resolutionDueAt: m(300) });
    // a met first response stays where it was
    expect(afterPause(state({ pausedAt: m(10), firstResponseAt: m(5) }), m(70))).toEqual({
      firstResponseDueAt: m(30),
      resolutionDueAt: m(300),
    });
    expect(afterPause(state(), m(70))).toEqual({ firstResponseDueAt: m(30), resolutionDueAt: m(240) });
  });

  it('says whether a target was met in time', () => {
    expect(metWithin(m(30), m(30))).toBe(true);
    expect(metWithin(m(30), m(31))).toBe(false);
    expect(metWithin(m(30), null)).toBeNull();
    expect(metWithin(null, m(1))).toBeNull();
  });
});

describe('SLA policies', () => {
  it('prefers the exact category over the catch-all', () => {
    const policies = [
      { category: '*', id: 'any' },
      { category: 'noise', id: 'noise' },
    ];
    expect(pickPolicy(policies, 'noise')?.id).toBe('noise');
    expect(pickPolicy(policies, 'billing')?.id).toBe('any');
    expect(pickPolicy([{ category: 'noise' }], 'billing')).toBeNull();
  });

  it('names targets that make no sense', () => {
    const ok = { firstResponseMinutes: 30, resolutionMinutes: 240, warnBeforeMinutes: 10, escalateAfterMinutes: 60 };
    expect(targetsProblem(ok)).toBeNull();
    expect(targetsProblem({ ...ok, resolutionMinutes: 20 })).toBe(
      'resolutionMinutes (20) must not be shorter than firstResponseMinutes (30)',
    );
    expect(targetsProblem({ ...ok, warnBeforeMinutes: -1 })).toBe('warnBeforeMinutes must be a whole number of minutes ≥ 0 (got -1)');
    expect(targetsProblem({ ...ok, firstResponseMinutes: 0 })).toBe('firstResponseMinutes must be at least 1');
  });
});
