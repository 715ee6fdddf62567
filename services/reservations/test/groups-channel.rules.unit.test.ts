import { decideChannelMessage, messageBody } from '../src/channel/channel.rules';
import { BLOCK_MACHINE, holdsRooms, isReleaseDue } from '../src/group/group-block.rules';
import { housekeepingChangeProblem } from '../src/room/room.rules';
import { becomesRegular } from '../src/guest/guest.rules';

describe('channel messages', () => {
  const none = { stay: null, tombstone: null };
  const booked = (version: number, cancelled = false) => ({ stay: { version, cancelled }, tombstone: null });
  const tombstone = (version: number) => ({ stay: null, tombstone: { version } });

  it('creates the first version, applies newer ones and refuses older ones by name', () => {
    expect(decideChannelMessage(none, 1, false, 'CTRIP 1')).toEqual({ kind: 'create' });
    expect(decideChannelMessage(booked(2), 3, false, 'CTRIP 1')).toEqual({ kind: 'modify' });
    expect(decideChannelMessage(booked(2), 3, true, 'CTRIP 1')).toEqual({ kind: 'cancel' });
    expect(decideChannelMessage(booked(3), 2, false, 'CTRIP 1')).toEqual({
      kind: 'refuse',
      code: 'STALE',
      reason: 'Version 2 of CTRIP 1 is older than version 3, which is already applied',
    });
  });

  it('keeps a cancellation of an unknown reservation as a tombstone that no older message can undo', () => {
    expect(decideChannelMessage(none, 2, true, 'CTRIP 9')).toEqual({ kind: 'tombstone' });
    expect(decideChannelMessage(tombstone(2), 1, false, 'CTRIP 9')).toEqual({ kind: 'acknowledge', outcome: 'SUPERSEDED' });
    expect(decideChannelMessage(tombstone(2), 2, false, 'CTRIP 9')).toEqual({ kind: 'acknowledge', outcome: 'SUPERSEDED' });
    expect(decideChannelMessage(tombstone(2), 1, true, 'CTRIP 9')).toEqual({ kind: 'acknowledge', outcome: 'SUPERSEDED' });
    expect(decideChannelMessage(tombstone(2), 3, true, 'CTRIP 9')).toEqual({ kind: 'tombstone' });
  });

  it('refuses to book again what the partner cancelled, and acknowledges a repeated cancellation', () => {
    expect(decideChannelMessage(tombstone(2), 3, false, 'CTRIP 9')).toEqual({
      kind: 'refuse',
      code: 'CANCELLED',
      reason: 'CTRIP 9 was cancelled by the partner at version 2; a new booking needs a new reservation id',
    });
    expect(decideChannelMessage(booked(4, true), 5, false, 'CTRIP 1')).toMatchObject({ kind: 'refuse', code: 'CANCELLED' });
    expect(decideChannelMessage(booked(4, true), 5, true, 'CTRIP 1')).toEqual({ kind: 'acknowledge', outcome: 'UNCHANGED' });
  });

  it('writes a message body in one order, whatever the order of its fields', () => {
    const m = { channel: 'CTRIP', channelReservationId: '1', version: 1, cancelled: false, roomTypeId: 't', arrival: 'a', departure: 'd' };
    const a = messageBody({ ...m, guestName: 'Li', adults: 2, specialRequests: '' });
    expect(messageBody({ adults: 2, guestName: 'Li', ...m })).toBe(a);
    expect(messageBody({ ...m, guestName: 'Li', adults: 3 })).not.toBe(a);
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
