import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@hotelops/kernel/db';

/**
 * The channel codes a partner key may send reservations for. Keys created before this column
 * exist get none: they can no longer upsert channel reservations until an operator binds them
 * (`apikey bind <id> --channel <CODE>`), rather than keep speaking for every channel.
 */
export class ApiKeyChannels1764900000000 implements MigrationInterface {
  name = 'ApiKeyChannels1764900000000';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('api_keys', new TableColumn({ ...col.json('channels'), default: "'[]'" }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('api_keys', 'channels');
  }
}
