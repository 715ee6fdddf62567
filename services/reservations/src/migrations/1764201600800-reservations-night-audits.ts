import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class ReservationsNightAudits1764201600800 implements MigrationInterface {
  name = 'ReservationsNightAudits1764201600800';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'night_audits', [
      { ...col.ref('property_id'), isPrimary: true },
      { ...col.date('business_date'), isPrimary: true },
      col.timestamp('audited_at'),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('night_audits');
  }
}
