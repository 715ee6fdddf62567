import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@hotelops/kernel';

/** F&B labour demand from a covers forecast: capture and minutes per cover in the standards, covers per day. */
export class StaffingCoversDemand1764979200900 implements MigrationInterface {
  name = 'StaffingCoversDemand1764979200900';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns('labour_standards', [
      new TableColumn(col.int('covers_per_100_rooms', false, 0)),
      new TableColumn(col.int('per_cover', false, 0)),
    ]);
    await qr.addColumn('labour_demand', new TableColumn(col.int('covers', false, 0)));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('labour_demand', 'covers');
    for (const c of ['per_cover', 'covers_per_100_rooms']) await qr.dropColumn('labour_standards', c);
  }
}
