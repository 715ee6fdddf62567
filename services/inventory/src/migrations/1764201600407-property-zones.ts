import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** The property's time zone, learned from reservations: inventory dates deliveries, counts and forecasts by it. */
export class PropertyZones1764201600407 implements MigrationInterface {
  name = 'PropertyZones1764201600407';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'property_zones', [
      { ...col.ref('property_id'), isPrimary: true },
      col.text('time_zone', false, 64),
      col.timestamp('updated_at'),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('property_zones');
  }
}
