import { stateMachine } from '@hotelops/kernel/rules';

type Status = 'NEW' | 'ASSIGNED' | 'IN_PROGRESS' | 'DONE';

const machine = stateMachine<Status, 'assign' | 'start' | 'finish'>('case', ['NEW', 'ASSIGNED', 'IN_PROGRESS', 'DONE'], {
  // Reassigning work under way keeps its status; assigning new work moves it on.
  assign: [
    { from: ['NEW', 'ASSIGNED'], to: 'ASSIGNED' },
    { from: ['IN_PROGRESS'], to: 'IN_PROGRESS' },
  ],
  start: { from: ['ASSIGNED'], to: 'IN_PROGRESS' },
  finish: { from: ['IN_PROGRESS'], to: 'DONE', verb: 'finish work on' },
});

describe('status machines', () => {
  it('moves by the row that starts where the aggregate is', () => {
    expect(machine.transition('NEW', 'assign')).toEqual({ ok: true, from: 'NEW', to: 'ASSIGNED' });
    expect(machine.transition('IN_PROGRESS', 'assign')).toEqual({ ok: true, from: 'IN_PROGRESS', to: 'IN_PROGRESS' });
    expect(machine.transition('ASSIGNED', 'start')).toEqual({ ok: true, from: 'ASSIGNED', to: 'IN_PROGRESS' });
  });

  it('refuses with the current status and every status the action is allowed from', () => {
    expect(machine.transition('DONE', 'assign')).toEqual({
      ok: false,
      from: 'DONE',
      reason: 'cannot assign a case that is DONE (allowed when NEW or ASSIGNED or IN_PROGRESS)',
      allowedFrom: ['NEW', 'ASSIGNED', 'IN_PROGRESS'],
    });
    expect(machine.transition('NEW', 'finish')).toMatchObject({
      ok: false,
      reason: 'cannot finish work on a case that is NEW (allowed when IN_PROGRESS)',
    });
  });

  it('lists what may be done from a status', () => {
    expect(machine.allowedFrom('IN_PROGRESS')).toEqual(['assign', 'finish']);
    expect(machine.allowedFrom('DONE')).toEqual([]);
  });
});
