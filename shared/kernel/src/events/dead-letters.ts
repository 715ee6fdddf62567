import { IsNull } from 'typeorm';
import type { Database } from '../db/database';
import { DeadLetterRow } from './dead-letter.entity';
import type { ConsumeOutcome, EventConsumer } from './event-consumer';

export interface ReplayResult {
  id: string;
  type: string;
  outcome: ConsumeOutcome | 'already-replayed';
}

/**
 * An operator's view of one consumer group's dead letters: list them with their error, and
 * replay one or all after a fix. Replay runs the message through the consumer again, so the
 * inbox turns an event that was applied meanwhile into a no-op; a message that fails again is
 * dead-lettered again (a new row with the new error).
 */
export class DeadLetters {
  constructor(
    private readonly db: Database,
    private readonly consumer: EventConsumer,
  ) {}

  /** Oldest first; `open` (default) leaves out the ones already replayed. */
  list({ open = true }: { open?: boolean } = {}): Promise<DeadLetterRow[]> {
    return this.db.manager.find(DeadLetterRow, {
      where: { consumerGroup: this.consumer.groupId, ...(open ? { replayedAt: IsNull() } : {}) },
      order: { deadLetteredAt: 'ASC', id: 'ASC' },
    });
  }

  get(id: string): Promise<DeadLetterRow | null> {
    return this.db.manager.findOneBy(DeadLetterRow, { id, consumerGroup: this.consumer.groupId });
  }

  async replay(id: string): Promise<ReplayResult | null> {
    const row = await this.get(id);
    if (!row) return null;
    // Claim the row first, so two operators replaying at once run it once.
    const claimed = await this.db.manager
      .createQueryBuilder()
      .update(DeadLetterRow)
      .set({ replayedAt: new Date() })
      .where('id = :id AND replayed_at IS NULL', { id })
      .execute();
    if (claimed.affected !== 1) return { id, type: row.type, outcome: 'already-replayed' };
    const headers = Object.fromEntries(Object.entries(row.headers).filter(([k]) => !k.startsWith('dlq-')));
    const outcome = await this.consumer.consume({ topic: row.topic, key: row.messageKey, value: row.payload, headers });
    await this.db.manager.update(DeadLetterRow, { id }, { replayOutcome: outcome });
    return { id, type: row.type, outcome };
  }

  async replayAll(): Promise<ReplayResult[]> {
    const results: ReplayResult[] = [];
    for (const row of await this.list()) results.push((await this.replay(row.id))!);
    return results;
  }
}
