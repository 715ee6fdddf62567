import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Care's escalations resolved to the person on duty: who was notified and why. */
export class StaffingEscalationRoutes1764979200500 implements MigrationInterface {
  name = 'StaffingEscalationRoutes1764979200500';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'escalation_routes',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('case_id'),
        col.text('case_number', false, 40),
        col.int('level'),
        col.text('requested_role', false, 64),
        col.text('routed_role', false, 64),
        col.ref('notified_employee_id', true),
        col.text('explanation', false, 500),
        col.timestamp('routed_at'),
      ],
      { indices: [{ columns: ['case_id'] }, { columns: ['property_id', 'routed_at'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('escalation_routes');
  }
}
