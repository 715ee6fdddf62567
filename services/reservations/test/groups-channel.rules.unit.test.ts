import { decideChannelMessage } from '../src/channel/channel.rules';
import { BLOCK_MACHINE, holdsRooms, isReleaseDue } from '../src/group/group-block.rules';
import { housekeepingChangeProblem } from '../src/room/room.rules';
import { becomesRegular } from '../src/guest/guest.rules';

describe('channel messages', () => {
  it('creates the first version, applies newer ones and refuses older ones by name', () => {
    expect(decideChannelMessage(null, 1, false, 'CTRIP 1')).toEqual({ kind: 'create' });
    expect(decideChannelMessage({ version: 2 }, 3, false, 'CTRIP 1')).toEqual({ kind: 'modify' });
    expect(decideChannelMessage({ version: 2 }, 3, true, 'CTRIP 1')).toEqual({ kind: 'cancel' });
    expect(decideChannelMessage({ version: 3 }, 2, false, 'CTRIP 1')).toEqual({
      kind: 'refuse',
      code: 'STALE',
      reason: 'Version 2 of CTRIP 1 is older than version 3, which is already applied',
    });
    expect(decideChannelMessage(null, 1, true, 'CTRIP 9')).toMatchObject({ kind: 'refuse', code: 'UNKNOWN' });
  });
});

describe('group blocks', () => {
  it('goes tentative → definite → cancelled only', () => {
    expect(BLOCK_MACHINE.transition('TENTATIVE', 'makeDefinite')).toEqual({ ok: true, from: 'TENTATIVE', to: 'DEFINITE' });
    expect(BLOCK_MACHINE.transition('DEFINITE', 'makeDefinite')).toMatchObject({ ok: false });
    expect(BLOCK_MACHINE.transition('DEFINITE', 'cancel')).toEqual({ ok: true, from: 'DEFINITE', to: 'CANCELLED' });
    expect(BLOCK_MACHINE.transition('CANCELLED', 'cancel')).toMatchObject({ ok: false });
  });
  it('releases a definite block once, from its release date', () => {
    const block = { status: 'DEFINITE' as const, releasedAt: null, releaseDate: '2030-06-05' };
    expect(isReleaseDue(block, '2030-06-04')).toBe(false);
    expect(isReleaseDue(block, '2030-06-05')).toBe(true);
    expect(isReleaseDue({ ...block, releasedAt: new Date() }, '2030-06-06')).toBe(false);
    expect(holdsRooms({ ...block, releasedAt: new Date() })).toBe(false);
  });
});

describe('housekeeping and guests', () => {
  it('names the allowed next statuses', () => {
    expect(housekeepingChangeProblem('DIRTY', 'CLEAN')).toBeNull();
    expect(housekeepingChangeProblem('DIRTY', 'INSPECTED')).toBe('a DIRTY room cannot become INSPECTED (allowed: CLEAN)');
  });
  it('makes a regular from the third completed stay', () => {
    expect([1, 2, 3].map(becomesRegular)).toEqual([false, false, true]);
  });
});
