import { In } from 'typeorm';
import { DeadLetterRow, InboxRow, OutboxRow, insertRows } from '@hotelops/kernel';
import { DIALECTS, openEffectDatabase } from '@hotelops/testing';
import { deadLetter } from './dead-letter-fixture';

describe.each(DIALECTS)('row writer on %s', (dialect) => {
  let handle: Awaited<ReturnType<typeof openEffectDatabase>>;
  beforeAll(async () => {
    handle = await openEffectDatabase('writes', dialect);
  });
  afterAll(() => handle?.close());

  it('writes rows that read back exactly as typeorm insert writes them (JSON, timestamps, nulls, numbers)', async () => {
    const mine = [1, 2, 3].map((n) => deadLetter(n, n > 1));
    const theirs = [4, 5].map((n) => deadLetter(n, n > 4));
    await handle.db.transaction(async (em) => {
      await insertRows(em, DeadLetterRow, mine);
      await em.insert(DeadLetterRow, theirs);
    });
    const read = await handle.db.manager.find(DeadLetterRow, {
      where: { id: In([...mine, ...theirs].map((l) => l.id)) },
      order: { attempts: 'ASC' },
    });
    expect(read).toEqual([...mine, ...theirs]);
    // the raw rows hold the same shapes whichever wrote them
    const raw = await handle.db.manager.query(
      `SELECT headers, dead_lettered_at, replayed_at FROM dead_letters WHERE attempts IN (3, 5) ORDER BY attempts`,
    );
    expect(raw[0]).toEqual({
      ...raw[1],
      headers: JSON.stringify(deadLetter(3, true).headers),
      dead_lettered_at: '2026-01-03T10:30:00.000Z',
      replayed_at: '2026-02-03T00:00:00.000Z',
    });
  });

  it('leaves a generated key to the database, in insertion order', async () => {
    const row = (n: number): Partial<OutboxRow> => ({
      eventId: `20000000-0000-4000-8000-00000000000${n}`,
      topic: 't',
      messageKey: 'k',
      type: 'T',
      headers: {},
      payload: `{"n":${n}}`,
      createdAt: new Date(Date.UTC(2026, 0, 1)),
      publishedAt: null,
    });
    await handle.db.transaction((em) => insertRows(em, OutboxRow, [row(1), row(2), row(3)]));
    const written = await handle.db.manager.find(OutboxRow, { order: { seq: 'ASC' } });
    expect(written.map((r) => r.payload)).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
    expect(written[0].seq).toBeLessThan(written[2].seq);
  });

  it('refuses a row without a required column, writing nothing', async () => {
    const before = await handle.db.manager.count(InboxRow);
    await expect(
      handle.db.transaction((em) =>
        insertRows(em, InboxRow, [
          { eventId: 'e1', consumerGroup: 'g', type: 'T', processedAt: new Date() },
          { eventId: 'e2', consumerGroup: 'g', processedAt: new Date() },
        ]),
      ),
    ).rejects.toThrow(/InboxRow.type is required/);
    expect(await handle.db.manager.count(InboxRow)).toBe(before);
  });
});
