import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Organisation (supervisors, skills), policy, shift templates, rosters, swaps, attendance and leave. */
export class StaffingRostersAttendanceLeave1764979200200 implements MigrationInterface {
  name = 'StaffingRostersAttendanceLeave1764979200200';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('employees', new TableColumn(col.ref('supervisor_id', true)));
    await createTable(
      qr,
      'staffing_policies',
      [
        col.id(),
        col.ref('property_id'),
        col.text('time_zone', false, 64),
        col.int('min_rest_minutes'),
        col.int('max_weekly_minutes'),
        col.int('late_grace_minutes'),
        col.int('early_leave_grace_minutes'),
        col.int('overtime_threshold_minutes'),
        col.int('clock_in_window_minutes'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id'], unique: true }] },
    );
    await createTable(
      qr,
      'employee_skills',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.text('code', false, 40),
        col.text('name', false, 100),
        col.text('certificate_number', true, 60),
        col.date('obtained_on', true),
        col.date('expires_on', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['employee_id', 'code'] }, { columns: ['property_id', 'expires_on'] }],
        foreignKeys: [{ columnNames: ['employee_id'], referencedTableName: 'employees' }],
      },
    );
    await createTable(
      qr,
      'shift_templates',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.text('code', false, 40),
        col.text('name', false, 100),
        col.text('starts_at', false, 5),
        col.text('ends_at', false, 5),
        col.int('break_minutes'),
        col.ref('position_id', true),
        col.json('required_skills'),
        col.bool('duty'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'department_id', 'code'], unique: true }],
        foreignKeys: [{ columnNames: ['department_id'], referencedTableName: 'departments' }],
      },
    );
    await createTable(
      qr,
      'rosters',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.text('month', false, 7),
        col.text('status', false, 12),
        col.timestamp('published_at', true),
        col.ref('published_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'department_id', 'month'], unique: true }],
        foreignKeys: [{ columnNames: ['department_id'], referencedTableName: 'departments' }],
      },
    );
    await createTable(
      qr,
      'roster_shifts',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('roster_id'),
        col.ref('department_id'),
        col.ref('employee_id'),
        col.ref('template_id'),
        col.date('date'),
        col.int('start_min'),
        col.int('end_min'),
        col.int('break_minutes'),
        col.ref('position_id', true),
        col.json('required_skills'),
        col.bool('duty'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['roster_id'] }, { columns: ['employee_id', 'date'] }, { columns: ['property_id', 'start_min'] }],
        foreignKeys: [
          { columnNames: ['roster_id'], referencedTableName: 'rosters' },
          { columnNames: ['employee_id'], referencedTableName: 'employees' },
          { columnNames: ['template_id'], referencedTableName: 'shift_templates' },
        ],
      },
    );
    await createTable(
      qr,
      'shift_changes',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('department_id'),
        col.text('kind', false, 8),
        col.ref('shift_id'),
        col.ref('requester_id'),
        col.ref('counterpart_id'),
        col.ref('counterpart_shift_id', true),
        col.text('reason', true, 500),
        col.text('status', false, 12),
        col.ref('decided_by', true),
        col.timestamp('decided_at', true),
        col.text('note', true, 500),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['department_id', 'status'] }, { columns: ['requester_id'] }, { columns: ['counterpart_id'] }] },
    );
    await createTable(
      qr,
      'attendance_records',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.ref('shift_id'),
        col.date('date'),
        col.timestamp('clock_in_at'),
        col.text('clock_in_device', false, 60),
        col.timestamp('clock_out_at', true),
        col.text('clock_out_device', true, 60),
        col.ref('corrected_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        // one record per shift: a second clock-in for the same shift is refused by the database too
        indices: [{ columns: ['shift_id'], unique: true }, { columns: ['employee_id', 'date'] }],
        foreignKeys: [{ columnNames: ['shift_id'], referencedTableName: 'roster_shifts' }],
      },
    );
    await createTable(
      qr,
      'attendance_corrections',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.ref('shift_id'),
        col.timestamp('clock_in_at'),
        col.timestamp('clock_out_at', true),
        col.text('reason', false, 500),
        col.text('status', false, 12),
        col.ref('requested_by'),
        col.ref('decided_by', true),
        col.timestamp('decided_at', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['employee_id'] }, { columns: ['shift_id'] }] },
    );
    await createTable(
      qr,
      'leave_types',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 100),
        col.int('annual_days', true),
        col.bool('paid', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'code'], unique: true }] },
    );
    await createTable(
      qr,
      'leave_requests',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('employee_id'),
        col.ref('department_id'),
        col.ref('leave_type_id'),
        col.date('from_date'),
        col.date('to_date'),
        col.int('days'),
        col.text('reason', true, 500),
        col.text('status', false, 12),
        col.ref('decided_by', true),
        col.timestamp('decided_at', true),
        col.text('note', true, 500),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['employee_id', 'from_date'] }, { columns: ['department_id', 'from_date'] }],
        foreignKeys: [
          { columnNames: ['employee_id'], referencedTableName: 'employees' },
          { columnNames: ['leave_type_id'], referencedTableName: 'leave_types' },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'leave_requests',
      'leave_types',
      'attendance_corrections',
      'attendance_records',
      'shift_changes',
      'roster_shifts',
      'rosters',
      'shift_templates',
      'employee_skills',
      'staffing_policies',
    ])
      await qr.dropTable(t);
    await qr.dropColumn('employees', 'supervisor_id');
  }
}
