import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '../db/migration-kit';

/** Dead letters kept per consumer group for listing and replay. */
export class KernelDeadLetters1764201600010 implements MigrationInterface {
  name = 'KernelDeadLetters1764201600010';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'dead_letters',
      [
        col.id(),
        col.text('consumer_group', false, 120),
        col.text('topic', false, 200),
        col.text('event_id', true, 36),
        col.text('type', false, 200),
        col.text('message_key', false, 200),
        col.json('headers'),
        col.json('payload'),
        col.text('error', false, 2000),
        col.int('attempts'),
        col.timestamp('dead_lettered_at'),
        col.timestamp('replayed_at', true),
        col.text('replay_outcome', true, 20),
      ],
      { indices: [{ name: 'ix_dead_letters_open', columns: ['consumer_group', 'replayed_at'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('dead_letters');
  }
}
