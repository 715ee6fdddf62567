import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '../db/migration-kit';

/** Outbox and inbox tables; every subgraph lists this migration before its own. */
export class KernelEventTables1764201600000 implements MigrationInterface {
  name = 'KernelEventTables1764201600000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'outbox',
      [
        { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'event_id', type: 'varchar', length: '36', isUnique: true },
        col.text('topic', false, 200),
        col.text('message_key', false, 200),
        col.text('type', false, 200),
        col.json('headers'),
        col.json('payload'),
        col.timestamp('created_at'),
        col.timestamp('published_at', true),
      ],
      { indices: [{ name: 'ix_outbox_pending', columns: ['published_at', 'seq'] }] },
    );
    await qr.query(
      `CREATE TABLE inbox (event_id varchar(36) NOT NULL, consumer_group varchar(120) NOT NULL, type varchar(200) NOT NULL, processed_at varchar(30) NOT NULL, PRIMARY KEY (event_id, consumer_group))`,
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('inbox');
    await qr.dropTable('outbox');
  }
}
