import type { EntityManager } from 'typeorm';

/**
 * Records events as applied by a consumer group and returns the ids that were not recorded
 * before — one `INSERT … ON CONFLICT DO NOTHING RETURNING` (PostgreSQL, and SQLite since 3.35),
 * so the look-up and the insert of the de-duplication record are one round trip per chunk.
 * Runs in the transaction that applies the events: a rollback forgets the claims with the effects.
 */
export async function claimInbox(
  em: EntityManager,
  consumerGroup: string,
  events: readonly { id: string; type: string }[],
  processedAt: Date,
): Promise<Set<string>> {
  if (!events.length) return new Set();
  const postgres = em.connection.options.type === 'postgres';
  const at = processedAt.toISOString();
  const values: string[] = [];
  const tuples = events.map((e) => {
    values.push(e.id, consumerGroup, e.type, at);
    const n = values.length;
    return postgres ? `($${n - 3}, $${n - 2}, $${n - 1}, $${n})` : '(?, ?, ?, ?)';
  });
  const rows: { event_id: string }[] = await em.query(
    `INSERT INTO inbox (event_id, consumer_group, type, processed_at) VALUES ${tuples.join(', ')} ` +
      'ON CONFLICT (event_id, consumer_group) DO NOTHING RETURNING event_id',
    values,
  );
  return new Set(rows.map((r) => r.event_id));
}
