import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Who each escalation reached (from staffing's EscalationRouted), kept on the case. */
export class CareEscalationNotices1764201601500 implements MigrationInterface {
  name = 'CareEscalationNotices1764201601500';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'case_escalation_notices',
      [
        col.id(),
        col.ref('case_id'),
        col.ref('property_id'),
        col.int('level'),
        col.text('requested_role', false, 64),
        col.text('routed_role', false, 64),
        col.ref('notified_employee_id', true),
        col.text('explanation', false, 500),
        col.timestamp('routed_at'),
        col.ref('source_event_id'),
      ],
      { indices: [{ columns: ['case_id', 'level'] }, { columns: ['source_event_id'], unique: true }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('case_escalation_notices');
  }
}
