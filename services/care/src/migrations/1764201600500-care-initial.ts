import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class CareInitial1764201600500 implements MigrationInterface {
  name = 'CareInitial1764201600500';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'cases',
      [
        col.id(),
        col.ref('property_id'),
        col.text('number', false, 20),
        col.text('kind', false, 20),
        col.text('channel', false, 20),
        col.text('category', false, 80),
        col.text('severity', false, 10),
        col.text('subject', false, 200),
        col.text('description'),
        col.text('status', false, 20),
        col.ref('reservation_id', true),
        col.ref('assignee_id', true),
        col.text('guest_name', true, 200),
        col.text('resolution', true),
        col.int('version'),
        col.int('reopen_count', false, 0),
        { name: 'source_event_id', type: 'varchar', length: '36', isNullable: true, isUnique: true },
        col.timestamp('opened_at'),
        col.timestamp('first_response_at', true),
        col.timestamp('resolved_at', true),
        col.timestamp('closed_at', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [
          { columns: ['property_id', 'number'], unique: true },
          { columns: ['property_id', 'status'] },
          { columns: ['assignee_id', 'status'] },
          { columns: ['reservation_id'] },
          { columns: ['property_id', 'created_at', 'id'] },
        ],
      },
    );
    await createTable(
      qr,
      'case_history',
      [
        col.id(),
        col.ref('case_id'),
        col.ref('property_id'),
        col.int('seq'),
        col.timestamp('at'),
        col.ref('actor_id', true),
        col.text('action', false, 20),
        col.text('from_status', true, 20),
        col.text('to_status', true, 20),
        col.ref('assignee_id', true),
        col.text('text', true),
        col.text('visibility', true, 20),
      ],
      {
        indices: [{ columns: ['case_id', 'seq'], unique: true }],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'cases' }],
      },
    );
    await createTable(qr, 'case_counters', [
      { name: 'property_id', type: 'varchar', length: '36', isPrimary: true },
      col.int('last_number'),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['case_counters', 'case_history', 'cases']) await qr.dropTable(t);
  }
}
