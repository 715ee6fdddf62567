import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Compensation proposals and decisions, and per-property approval limits. */
export class CareCompensation1764201600700 implements MigrationInterface {
  name = 'CareCompensation1764201600700';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'compensations',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('case_id'),
        col.ref('reservation_id'),
        col.int('amount_minor'),
        col.text('currency', false, 3),
        col.text('reason', false, 500),
        col.text('status', false, 20),
        col.text('required_tier', false, 20),
        col.ref('proposed_by', true),
        col.timestamp('proposed_at'),
        col.ref('decided_by', true),
        col.timestamp('decided_at', true),
        col.text('decision_note', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'status'] }, { columns: ['case_id'] }, { columns: ['property_id', 'decided_at'] }],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'cases' }],
      },
    );
    await createTable(qr, 'compensation_limits', [
      { name: 'property_id', type: 'varchar', length: '36', isPrimary: true },
      col.int('agent_limit_minor'),
      col.int('supervisor_limit_minor'),
      col.timestamp('updated_at'),
      col.ref('updated_by', true),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('compensation_limits');
    await qr.dropTable('compensations');
  }
}
