import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Performance (KPIs from other domains' events, reviews, rewards and penalties) and recruiting requisitions. */
export class StaffingPerformanceRecruiting1764979200600 implements MigrationInterface {
  name = 'StaffingPerformanceRecruiting1764979200600';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'kpi_facts',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.text('month', false, 7),
        col.text('kpi', false, 20),
        col.decimal('numerator'),
        col.int('denominator'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['employee_id', 'month', 'kpi'], unique: true }, { columns: ['property_id', 'month'] }] },
    );
    await createTable(
      qr,
      'performance_reviews',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.text('month', false, 7),
        col.int('rating'),
        col.text('comments', true, 2000),
        col.ref('reviewed_by', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['employee_id', 'month'] }] },
    );
    await createTable(
      qr,
      'sanctions',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.date('date'),
        col.text('kind', false, 8),
        col.int('points'),
        col.text('reason', false, 500),
        col.ref('decided_by', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['employee_id', 'date'] }] },
    );
    await createTable(
      qr,
      'requisitions',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.ref('position_id'),
        col.int('headcount'),
        col.int('hired'),
        col.json('hired_ids'),
        col.text('reason', false, 500),
        col.date('needed_by', true),
        col.text('status', false, 12),
        col.ref('requested_by', true),
        col.ref('decided_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'status'] }, { columns: ['department_id'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['requisitions', 'sanctions', 'performance_reviews', 'kpi_facts']) await qr.dropTable(t);
  }
}
