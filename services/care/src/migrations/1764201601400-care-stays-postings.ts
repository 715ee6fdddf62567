import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Care's view of stays (from reservations' events), the posting fate of compensation, and cases by guest. */
export class CareStaysPostings1764201601400 implements MigrationInterface {
  name = 'CareStaysPostings1764201601400';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'known_stays',
      [
        { ...col.ref('reservation_id'), isPrimary: true },
        col.ref('property_id'),
        col.ref('guest_id', true),
        col.text('currency', true, 3),
        col.text('status', false, 12),
        col.date('arrival'),
        col.date('departure'),
        col.timestamp('as_of'),
      ],
      { indices: [{ columns: ['guest_id'] }] },
    );
    await qr.addColumns('compensations', [
      new TableColumn(col.timestamp('posted_at', true)),
      new TableColumn({ name: 'post_stay', type: 'boolean', isNullable: true }),
      new TableColumn(col.text('posting_code', true, 64)),
      new TableColumn(col.text('posting_error', true, 500)),
    ]);
    await qr.addColumn('cases', new TableColumn(col.ref('guest_id', true)));
    // history actions now include COMPENSATION_POSTING_FAILED
    await qr.changeColumn('case_history', 'action', new TableColumn(col.text('action', false, 40)));
    await qr.query('CREATE INDEX ix_cases_property_guest ON cases (property_id, guest_id)');
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.changeColumn('case_history', 'action', new TableColumn(col.text('action', false, 20)));
    await qr.query('DROP INDEX ix_cases_property_guest');
    await qr.dropColumn('cases', 'guest_id');
    for (const c of ['posting_error', 'posting_code', 'post_stay', 'posted_at']) await qr.dropColumn('compensations', c);
    await qr.dropTable('known_stays');
  }
}
