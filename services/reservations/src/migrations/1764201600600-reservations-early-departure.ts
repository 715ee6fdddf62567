import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@hotelops/kernel';

/** A rate plan's early-departure fee, charged on the nights a guest gives up by checking out early. */
export class ReservationsEarlyDeparture1764201600600 implements MigrationInterface {
  name = 'ReservationsEarlyDeparture1764201600600';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('rate_plans', [
      new TableColumn({ ...col.text('early_departure_fee_kind', false, 10), default: "'NONE'" }),
      new TableColumn(col.int('early_departure_fee_value', false, 0)),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('rate_plans', 'early_departure_fee_value');
    await qr.dropColumn('rate_plans', 'early_departure_fee_kind');
  }
}
