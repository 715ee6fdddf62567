import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/**
 * What a case concerns (room, outlet, department, employee) and its root cause; the follow-up
 * survey a resolution opens; survey answers with per-department/outlet ratings.
 */
export class CareLinksSurveys1764201600900 implements MigrationInterface {
  name = 'CareLinksSurveys1764201600900';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns(
      'cases',
      [
        col.ref('room_id', true),
        col.ref('outlet_id', true),
        col.ref('department_id', true),
        col.ref('employee_concerned_id', true),
        col.text('root_cause', true, 80),
        { name: 'follow_up_of', type: 'varchar', length: '36', isNullable: true },
      ].map((c) => new TableColumn(c)),
    );
    // One follow-up survey per case, however often it is resolved.
    await qr.createIndex('cases', new TableIndex({ name: 'ux_cases_follow_up_of', columnNames: ['follow_up_of'], isUnique: true }));
    await qr.createIndex('cases', new TableIndex({ name: 'ix_cases_property_id_opened_at', columnNames: ['property_id', 'opened_at'] }));
    await createTable(
      qr,
      'survey_responses',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('case_id'),
        col.ref('reservation_id', true),
        col.int('nps_score'),
        col.int('csat_score'),
        col.text('comment', true),
        col.ref('recorded_by', true),
        col.timestamp('answered_at'),
      ],
      {
        indices: [{ columns: ['case_id'], unique: true }, { columns: ['property_id', 'answered_at'] }],
        foreignKeys: [{ columnNames: ['case_id'], referencedTableName: 'cases' }],
      },
    );
    await createTable(
      qr,
      'survey_ratings',
      [col.id(), col.ref('response_id'), col.ref('department_id', true), col.ref('outlet_id', true), col.int('score')],
      {
        indices: [{ columns: ['response_id'] }, { columns: ['department_id'] }, { columns: ['outlet_id'] }],
        foreignKeys: [{ columnNames: ['response_id'], referencedTableName: 'survey_responses' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('survey_ratings');
    await qr.dropTable('survey_responses');
    await qr.dropIndex('cases', 'ix_cases_property_id_opened_at');
    await qr.dropIndex('cases', 'ux_cases_follow_up_of');
    for (const c of ['follow_up_of', 'root_cause', 'employee_concerned_id', 'department_id', 'outlet_id', 'room_id'])
      await qr.dropColumn('cases', c);
  }
}
