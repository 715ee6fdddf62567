import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Care teams with members, a team queue on cases, and reply templates per category. */
export class CareTeamsTemplates1764201600800 implements MigrationInterface {
  name = 'CareTeamsTemplates1764201600800';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'care_teams', [col.id(), col.ref('property_id'), col.text('name', false, 100), col.timestamp('created_at')], {
      indices: [{ columns: ['property_id', 'name'], unique: true }],
    });
    await createTable(
      qr,
      'care_team_members',
      [
        { name: 'team_id', type: 'varchar', length: '36', isPrimary: true },
        { name: 'employee_id', type: 'varchar', length: '36', isPrimary: true },
        col.timestamp('added_at'),
      ],
      { indices: [{ columns: ['employee_id'] }], foreignKeys: [{ columnNames: ['team_id'], referencedTableName: 'care_teams' }] },
    );
    await createTable(
      qr,
      'reply_templates',
      [
        col.id(),
        col.ref('property_id'),
        col.text('category', false, 80),
        col.text('title', false, 100),
        col.text('body'),
        col.bool('archived'),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'category'] }] },
    );
    await qr.addColumn('cases', new TableColumn(col.ref('team_id', true)));
    await qr.createIndex('cases', new TableIndex({ name: 'ix_cases_team_id_status', columnNames: ['team_id', 'status'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('cases', 'ix_cases_team_id_status');
    await qr.dropColumn('cases', 'team_id');
    for (const t of ['reply_templates', 'care_team_members', 'care_teams']) await qr.dropTable(t);
  }
}
