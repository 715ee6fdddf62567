import { DeadLetterRow } from '@hotelops/kernel';

/** A dead letter with every kind of column set: JSON, timestamps, nulls (when not replayed), numbers. */
export const deadLetter = (n: number, replayed: boolean): DeadLetterRow =>
  Object.assign(new DeadLetterRow(), {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    consumerGroup: n % 2 ? 'odd' : 'even',
    topic: 'hotelops.fnb.orders',
    eventId: replayed ? null : `10000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    type: 'OrderSettled',
    messageKey: `key-${n}`,
    headers: { ce_id: `e${n}`, ce_type: 'OrderSettled' },
    payload: `{"n":${n}}`,
    error: 'closed folio',
    attempts: n,
    deadLetteredAt: new Date(Date.UTC(2026, 0, n, 10, 30)),
    replayedAt: replayed ? new Date(Date.UTC(2026, 1, n)) : null,
    replayOutcome: replayed ? 'applied' : null,
  });
