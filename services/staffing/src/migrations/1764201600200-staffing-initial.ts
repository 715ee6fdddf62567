import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class StaffingInitial1764201600200 implements MigrationInterface {
  name = 'StaffingInitial1764201600200';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'departments',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 40),
        col.text('name', false, 200),
        col.text('name_zh', true, 100),
        col.text('description', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'code'], unique: true }] },
    );
    await createTable(
      qr,
      'positions',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.text('code', false, 60),
        col.text('title', false, 200),
        col.text('title_zh', true, 100),
        col.text('level', false, 12),
        col.ref('reports_to_id', true),
        col.json('responsibilities'),
        col.json('requirements'),
        col.json('default_roles'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'code'], unique: true }, { columns: ['department_id'] }],
        foreignKeys: [
          { columnNames: ['department_id'], referencedTableName: 'departments' },
          { columnNames: ['reports_to_id'], referencedTableName: 'positions' },
        ],
      },
    );
    await createTable(
      qr,
      'employees',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('position_id'),
        col.text('employee_number', false, 20),
        col.text('first_name', false, 100),
        col.text('last_name', false, 100),
        col.text('email', true, 200),
        col.text('phone', true, 30),
        col.text('status', false, 12),
        col.date('hired_on'),
        col.date('terminated_on', true),
        col.text('termination_reason', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [
          { columns: ['property_id', 'employee_number'], unique: true },
          { columns: ['position_id'] },
          { columns: ['property_id', 'status'] },
        ],
        foreignKeys: [{ columnNames: ['position_id'], referencedTableName: 'positions' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['employees', 'positions', 'departments']) await qr.dropTable(t);
  }
}
