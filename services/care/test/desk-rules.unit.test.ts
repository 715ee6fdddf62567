import { LOST_ITEM_MACHINE, disposableFrom } from '../src/lost-found/lost-found.rules';
import { MESSAGE_MACHINE, recipientProblem } from '../src/message/message.rules';
import { isNegative, ratingProblem, severityFor } from '../src/review/review.rules';

describe('lost and found', () => {
  it('moves an item found → stored → claimed, shipped or disposed', () => {
    expect(LOST_ITEM_MACHINE.transition('FOUND', 'store')).toEqual({ ok: true, from: 'FOUND', to: 'STORED' });
    expect(LOST_ITEM_MACHINE.transition('FOUND', 'claim')).toEqual({ ok: true, from: 'FOUND', to: 'CLAIMED' });
    expect(LOST_ITEM_MACHINE.transition('STORED', 'ship')).toEqual({ ok: true, from: 'STORED', to: 'SHIPPED' });
    expect(LOST_ITEM_MACHINE.transition('STORED', 'dispose')).toEqual({ ok: true, from: 'STORED', to: 'DISPOSED' });
    expect(LOST_ITEM_MACHINE.transition('FOUND', 'dispose')).toEqual({
      ok: false,
      from: 'FOUND',
      reason: 'cannot dispose an item that is FOUND (allowed when STORED)',
      allowedFrom: ['STORED'],
    });
    expect(LOST_ITEM_MACHINE.transition('SHIPPED', 'claim').ok).toBe(false);
  });
  it('keeps valuables longer than clothing', () => {
    const found = new Date('2099-01-01T00:00:00.000Z');
    expect(disposableFrom('VALUABLES', found).toISOString()).toBe('2099-06-30T00:00:00.000Z');
    expect(disposableFrom('CLOTHING', found).toISOString()).toBe('2099-01-31T00:00:00.000Z');
  });
});

describe('messages', () => {
  it('is delivered before it is acknowledged', () => {
    expect(MESSAGE_MACHINE.transition('TAKEN', 'deliver')).toEqual({ ok: true, from: 'TAKEN', to: 'DELIVERED' });
    expect(MESSAGE_MACHINE.transition('DELIVERED', 'acknowledge')).toEqual({ ok: true, from: 'DELIVERED', to: 'ACKNOWLEDGED' });
    expect(MESSAGE_MACHINE.transition('TAKEN', 'acknowledge').ok).toBe(false);
  });
  it('goes to a guest or a department, not both', () => {
    expect(recipientProblem({ reservationId: 'r', departmentId: null })).toBeNull();
    expect(recipientProblem({ reservationId: null, departmentId: 'd' })).toBeNull();
    expect(recipientProblem({ reservationId: 'r', departmentId: 'd' })).not.toBeNull();
    expect(recipientProblem({ reservationId: null, departmentId: null })).not.toBeNull();
  });
});

describe('online reviews', () => {
  it('treats 1–2 stars as negative, one star as high severity', () => {
    expect([1, 2, 3, 4, 5].map(isNegative)).toEqual([true, true, false, false, false]);
    expect(severityFor(1)).toBe('HIGH');
    expect(severityFor(2)).toBe('MEDIUM');
    expect(ratingProblem(0)).toBe('rating must be a whole number of stars 1–5 (got 0)');
    expect(ratingProblem(4)).toBeNull();
  });
});
