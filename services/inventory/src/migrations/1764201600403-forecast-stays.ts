import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Reservations on the books, for linen and amenity par from the occupancy forecast. */
export class ForecastStays1764201600403 implements MigrationInterface {
  name = 'ForecastStays1764201600403';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'forecast_stays',
      [
        { ...col.ref('reservation_id'), isPrimary: true },
        col.ref('property_id'),
        col.ref('room_type_id'),
        col.date('arrival'),
        col.date('departure'),
        col.bool('active', true),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'arrival'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('forecast_stays');
  }
}
