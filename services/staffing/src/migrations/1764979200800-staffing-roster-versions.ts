import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@hotelops/kernel';

/** A published roster's version: 1 when first published, the next with each amendment. */
export class StaffingRosterVersions1764979200800 implements MigrationInterface {
  name = 'StaffingRosterVersions1764979200800';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('rosters', new TableColumn(col.int('version', false, 1)));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('rosters', 'version');
  }
}
