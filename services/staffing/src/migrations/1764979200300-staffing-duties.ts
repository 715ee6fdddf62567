import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Shift duties: time-slot checklists and their completion, daily briefings, grooming checks. */
export class StaffingDuties1764979200300 implements MigrationInterface {
  name = 'StaffingDuties1764979200300';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'duty_checklists',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.ref('position_id'),
        col.text('starts_at', false, 5),
        col.text('ends_at', false, 5),
        col.text('title', false, 200),
        col.json('items'),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['position_id'] }], foreignKeys: [{ columnNames: ['position_id'], referencedTableName: 'positions' }] },
    );
    await createTable(
      qr,
      'duty_checks',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('checklist_id'),
        col.ref('employee_id'),
        col.date('date'),
        col.json('done'),
        col.bool('complete'),
        col.text('notes', true, 1000),
        col.timestamp('recorded_at'),
      ],
      {
        indices: [{ columns: ['checklist_id', 'employee_id', 'date'], unique: true }],
        foreignKeys: [{ columnNames: ['checklist_id'], referencedTableName: 'duty_checklists' }],
      },
    );
    await createTable(
      qr,
      'briefings',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.date('date'),
        col.text('kind', false, 12),
        col.ref('led_by', true),
        col.json('attendee_ids'),
        col.json('topics'),
        col.text('notes', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['department_id', 'date'] }] },
    );
    await createTable(
      qr,
      'grooming_checks',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.ref('employee_id'),
        col.ref('checked_by', true),
        col.date('date'),
        col.bool('passed'),
        col.json('findings'),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['employee_id', 'date'] }, { columns: ['department_id', 'date'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['grooming_checks', 'briefings', 'duty_checks', 'duty_checklists']) await qr.dropTable(t);
  }
}
