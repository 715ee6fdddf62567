import { In } from 'typeorm';
import { DeadLetterRow, InboxRow } from '@hotelops/kernel';
import { DIALECTS, openEffectDatabase } from '@hotelops/testing';
import { deadLetter } from './dead-letter-fixture';

describe.each(DIALECTS)('row reader on %s', (dialect) => {
  let handle: Awaited<ReturnType<typeof openEffectDatabase>>;
  beforeAll(async () => {
    handle = await openEffectDatabase('rows', dialect);
    await handle.db.manager.insert(
      DeadLetterRow,
      [1, 2, 3, 4].map((n) => deadLetter(n, n > 2)),
    );
  });
  afterAll(() => handle?.close());

  it('reads by id the same entities typeorm find does (JSON, timestamps, nulls, numbers)', async () => {
    const ids = [deadLetter(3, true).id, deadLetter(1, false).id, 'missing'];
    const read = await handle.db.rows(DeadLetterRow).byIds(ids);
    const found = await handle.db.manager.findBy(DeadLetterRow, { id: In(ids) });
    const byId = (rows: DeadLetterRow[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(read)).toEqual(byId(found));
    expect(read.every((r) => r instanceof DeadLetterRow)).toBe(true);
    expect(byId(read)[0]).toEqual(deadLetter(1, false));
    expect(await handle.db.rows(DeadLetterRow).byIds([])).toEqual([]);
  });

  it('reads rows matching a condition over column names, in the order asked', async () => {
    const read = await handle.db
      .rows(DeadLetterRow)
      .where('consumer_group IN (:...groups) AND attempts >= :min', { groups: ['odd', 'even'], min: 2 }, 'attempts DESC');
    expect(read.map((r) => r.attempts)).toEqual([4, 3, 2]);
    expect(read[0]).toEqual(deadLetter(4, true));
  });

  it('reads by id only tables with one key column (the inbox is keyed by event and consumer group)', () => {
    expect(() => handle.db.rows(InboxRow).byIds(['x'])).toThrow(/one primary column/);
  });

  it('reads in the caller’s transaction, a composite-key table by condition, and on PostgreSQL locks what it read', async () => {
    const at = new Date(Date.UTC(2026, 0, 1));
    await handle.db.manager.insert(InboxRow, [
      { eventId: 'e2', consumerGroup: 'locks', type: 'T', processedAt: at },
      { eventId: 'e1', consumerGroup: 'locks', type: 'T', processedAt: at },
    ]);
    await handle.db.transaction(async (em) => {
      const read = await handle.db.rows(InboxRow).where('consumer_group = :g', { g: 'locks' }, 'event_id', { em, lock: 'update' });
      expect(read).toEqual([
        Object.assign(new InboxRow(), { eventId: 'e1', consumerGroup: 'locks', type: 'T', processedAt: at }),
        Object.assign(new InboxRow(), { eventId: 'e2', consumerGroup: 'locks', type: 'T', processedAt: at }),
      ]);
      if (!handle.db.isPostgres) return; // SQLite: one writer at a time, no row locks
      // another connection cannot take the rows this transaction read under lock
      await expect(handle.db.manager.query(`SELECT event_id FROM inbox WHERE consumer_group = 'locks' FOR UPDATE NOWAIT`)).rejects.toThrow(
        /could not obtain lock/,
      );
    });
  });
});
