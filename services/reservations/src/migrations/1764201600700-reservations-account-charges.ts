import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/** Account postings without a stay: charges made straight to a group's account (banquets). */
export class ReservationsAccountCharges1764201600700 implements MigrationInterface {
  name = 'ReservationsAccountCharges1764201600700';

  async up(qr: QueryRunner): Promise<void> {
    await qr.changeColumn(
      'account_postings',
      'reservation_id',
      new TableColumn({ name: 'reservation_id', type: 'varchar', length: '36', isNullable: true }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.changeColumn(
      'account_postings',
      'reservation_id',
      new TableColumn({ name: 'reservation_id', type: 'varchar', length: '36', isNullable: false }),
    );
  }
}
