import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Online reviews with replies and the case a negative one is worked in. */
export class CareReviews1764201601200 implements MigrationInterface {
  name = 'CareReviews1764201601200';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'online_reviews',
      [
        col.id(),
        col.ref('property_id'),
        col.text('source', false, 40),
        col.text('external_id', false, 100),
        col.int('rating'),
        col.text('author_name', false, 200),
        col.text('body'),
        col.timestamp('posted_at'),
        col.ref('reservation_id', true),
        col.ref('case_id', true),
        col.text('reply_text', true),
        col.ref('replied_by', true),
        col.timestamp('replied_at', true),
        col.ref('recorded_by', true),
        col.timestamp('recorded_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'source', 'external_id'], unique: true }, { columns: ['property_id', 'posted_at', 'id'] }],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'cases' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('online_reviews');
  }
}
