import {
  CASE_CHANNELS,
  CASE_HISTORY_ACTIONS,
  CASE_KINDS,
  CASE_MACHINE,
  CASE_SEVERITIES,
  CASE_STATUSES,
  NOTE_VISIBILITIES,
  firstResponseAt,
  formatCaseNumber,
  isOpen,
  surveyDescription,
  textProblem,
  type CaseAction,
  type CaseStatus,
} from '../src/case/case.rules';
import {
  CaseChannelEnum,
  CaseHistoryActionEnum,
  CaseKindEnum,
  CaseNoteVisibilityEnum,
  CaseSeverityEnum,
  CaseStatusEnum,
} from '../src/case/case.type';

describe('case status machine', () => {
  const allowed: [CaseStatus, CaseAction, CaseStatus][] = [
    ['NEW', 'assign', 'ASSIGNED'],
    ['ASSIGNED', 'assign', 'ASSIGNED'],
    ['IN_PROGRESS', 'assign', 'IN_PROGRESS'],
    ['ASSIGNED', 'start', 'IN_PROGRESS'],
    ['IN_PROGRESS', 'resolve', 'RESOLVED'],
    ['RESOLVED', 'close', 'CLOSED'],
    ['RESOLVED', 'reopen', 'IN_PROGRESS'],
    ['ASSIGNED', 'release', 'NEW'],
    ['IN_PROGRESS', 'release', 'NEW'],
    ['IN_PROGRESS', 'wait', 'WAITING_ON_GUEST'],
    ['WAITING_ON_GUEST', 'resume', 'IN_PROGRESS'],
    ['WAITING_ON_GUEST', 'resolve', 'RESOLVED'],
    ['WAITING_ON_GUEST', 'assign', 'WAITING_ON_GUEST'],
    ['WAITING_ON_GUEST', 'release', 'NEW'],
  ];
  it.each(allowed)('%s --%s--> %s', (from, action, to) => {
    expect(CASE_MACHINE.transition(from, action)).toEqual({ ok: true, from, to });
  });

  const refused: [CaseStatus, CaseAction][] = [
    ['NEW', 'start'],
    ['NEW', 'resolve'],
    ['ASSIGNED', 'resolve'],
    ['NEW', 'close'],
    ['IN_PROGRESS', 'close'],
    ['IN_PROGRESS', 'reopen'],
    ['CLOSED', 'reopen'],
    ['CLOSED', 'assign'],
    ['RESOLVED', 'assign'],
    ['RESOLVED', 'release'],
    ['NEW', 'release'],
    ['ASSIGNED', 'wait'],
    ['IN_PROGRESS', 'resume'],
    ['WAITING_ON_GUEST', 'close'],
  ];
  it.each(refused)('refuses %s --%s--> with a reason naming the current status', (from, action) => {
    const r = CASE_MACHINE.transition(from, action);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reason).toContain(`that is ${from}`);
  });

  it('says which statuses an action is allowed from', () => {
    expect(CASE_MACHINE.transition('NEW', 'close')).toEqual({
      ok: false,
      from: 'NEW',
      reason: 'cannot close a case that is NEW (allowed when RESOLVED)',
      allowedFrom: ['RESOLVED'],
    });
  });

  it('counts only unresolved cases as open', () => {
    expect(CASE_STATUSES.filter(isOpen)).toEqual(['NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_ON_GUEST']);
  });
});

describe('case numbers', () => {
  it('pads the per-property sequence to six digits and keeps growing beyond', () => {
    expect(formatCaseNumber(1)).toBe('C-000001');
    expect(formatCaseNumber(123)).toBe('C-000123');
    expect(formatCaseNumber(1_234_567)).toBe('C-1234567');
  });
  it('refuses sequences that are not positive integers', () => {
    expect(() => formatCaseNumber(0)).toThrow(/positive integer, got 0/);
    expect(() => formatCaseNumber(1.5)).toThrow(RangeError);
  });
});

describe('free text', () => {
  it('names the field that is blank or too long', () => {
    expect(textProblem('resolution', '   ', 10)).toBe('resolution must not be empty');
    expect(textProblem('body', 'x'.repeat(11), 10)).toBe('body must be at most 10 characters (got 11)');
    expect(textProblem('reason', 'guest called back', 100)).toBeNull();
  });
});

describe('first response', () => {
  const t1 = new Date('2099-01-01T10:00:00Z');
  const t2 = new Date('2099-01-01T11:00:00Z');
  it('starts at the first guest-visible reply and never moves', () => {
    expect(firstResponseAt(null, 'INTERNAL', t1)).toBeNull();
    expect(firstResponseAt(null, 'GUEST_REPLY', t1)).toEqual(t1);
    expect(firstResponseAt(t1, 'GUEST_REPLY', t2)).toEqual(t1);
  });
});

describe('post-stay survey', () => {
  it('describes the stay it follows up', () => {
    expect(
      surveyDescription({
        guestName: 'Li Wei',
        confirmationNumber: 'HZ-ABC123',
        roomNumber: '1208',
        arrival: '2099-05-01',
        departure: '2099-05-03',
      }),
    ).toBe('Follow up with Li Wei on their stay HZ-ABC123 in room 1208 (2099-05-01 to 2099-05-03).');
  });
});

describe('GraphQL enums mirror the rules', () => {
  it.each([
    [CaseKindEnum, CASE_KINDS],
    [CaseChannelEnum, CASE_CHANNELS],
    [CaseSeverityEnum, CASE_SEVERITIES],
    [CaseStatusEnum, CASE_STATUSES],
    [CaseNoteVisibilityEnum, NOTE_VISIBILITIES],
    [CaseHistoryActionEnum, CASE_HISTORY_ACTIONS],
  ] as [Record<string, string>, readonly string[]][])('%#', (graphqlEnum, values) => {
    expect(Object.values(graphqlEnum)).toEqual([...values]);
  });
});
