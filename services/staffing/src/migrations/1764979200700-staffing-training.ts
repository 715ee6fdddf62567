import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Training: plans, sessions (onboarding and regular), attendance and results per person. */
export class StaffingTraining1764979200700 implements MigrationInterface {
  name = 'StaffingTraining1764979200700';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'training_plans',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id', true),
        col.text('title', false, 200),
        col.text('period', false, 20),
        col.json('topics'),
        col.ref('created_by', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id'] }] },
    );
    await createTable(
      qr,
      'training_sessions',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('plan_id', true),
        col.ref('department_id', true),
        col.text('title', false, 200),
        col.text('kind', false, 12),
        col.date('date', true),
        col.text('trainer', true, 100),
        col.text('grants_skill', true, 40),
        col.text('skill_name', true, 100),
        col.int('valid_months', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'kind'] }, { columns: ['plan_id'] }] },
    );
    await createTable(
      qr,
      'training_records',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('session_id'),
        col.ref('employee_id'),
        col.text('status', false, 12),
        col.int('score', true),
        col.bool('passed'),
        col.text('certificate_number', true, 60),
        col.ref('recorded_by', true),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['session_id', 'employee_id'], unique: true }, { columns: ['employee_id'] }],
        foreignKeys: [{ columnNames: ['session_id'], referencedTableName: 'training_sessions' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['training_records', 'training_sessions', 'training_plans']) await qr.dropTable(t);
  }
}
