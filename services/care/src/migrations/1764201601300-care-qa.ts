import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** QA scorecards with weighted criteria, sampled closed cases and their scores. */
export class CareQa1764201601300 implements MigrationInterface {
  name = 'CareQa1764201601300';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'qa_scorecards', [col.id(), col.ref('property_id'), col.text('name', false, 100), col.timestamp('created_at')]);
    await createTable(
      qr,
      'qa_criteria',
      [col.id(), col.ref('scorecard_id'), col.int('position'), col.text('name', false, 100), col.int('weight')],
      {
        indices: [{ columns: ['scorecard_id', 'position'], unique: true }],
        foreignKeys: [{ columnNames: ['scorecard_id'], referencedTableName: 'qa_scorecards' }],
      },
    );
    await createTable(
      qr,
      'qa_reviews',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('case_id'),
        col.ref('agent_id'),
        col.ref('scorecard_id'),
        col.timestamp('case_closed_at'),
        col.text('status', false, 10),
        col.timestamp('sampled_at'),
        col.ref('reviewer_id', true),
        col.timestamp('scored_at', true),
        col.decimal('total_score', true),
        col.text('comment', true),
      ],
      {
        indices: [{ columns: ['case_id'], unique: true }, { columns: ['property_id', 'agent_id', 'status'] }],
        foreignKeys: [
          { columnNames: ['case_id'], referencedTableName: 'cases' },
          { columnNames: ['scorecard_id'], referencedTableName: 'qa_scorecards' },
        ],
      },
    );
    await createTable(
      qr,
      'qa_scores',
      [
        { name: 'review_id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'criterion_id', type: 'varchar', length: '36', isPrimary: true },
        col.int('score'),
      ],
      { foreignKeys: [{ columnNames: ['review_id'], referencedTableName: 'qa_reviews' }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['qa_scores', 'qa_reviews', 'qa_criteria', 'qa_scorecards']) await qr.dropTable(t);
  }
}
