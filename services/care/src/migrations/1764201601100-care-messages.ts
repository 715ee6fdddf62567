import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Telephone messages and call logs for guests and departments. */
export class CareMessages1764201601100 implements MigrationInterface {
  name = 'CareMessages1764201601100';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'guest_messages',
      [
        col.id(),
        col.ref('property_id'),
        col.text('kind', false, 10),
        col.ref('reservation_id', true),
        col.ref('department_id', true),
        col.text('from_name', false, 200),
        col.text('from_phone', true, 40),
        col.text('body'),
        col.int('duration_seconds', true),
        col.text('status', false, 20),
        col.ref('taken_by', true),
        col.timestamp('taken_at'),
        col.ref('delivered_by', true),
        col.timestamp('delivered_at', true),
        col.text('delivery_method', true, 20),
        col.ref('acknowledged_by', true),
        col.timestamp('acknowledged_at', true),
      ],
      {
        indices: [
          { columns: ['property_id', 'status'] },
          { columns: ['property_id', 'taken_at', 'id'] },
          { columns: ['reservation_id'] },
          { columns: ['department_id', 'status'] },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('guest_messages');
  }
}
