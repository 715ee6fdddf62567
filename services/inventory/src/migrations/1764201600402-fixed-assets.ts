import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** The fixed-asset register (资产): tag, place, custodian, condition, history, last verifying count. */
export class FixedAssets1764201600402 implements MigrationInterface {
  name = 'FixedAssets1764201600402';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'assets',
      [
        col.id(),
        col.ref('property_id'),
        col.text('tag', false, 40),
        col.text('name', false, 200),
        col.ref('location_id'),
        col.ref('custodian_id', true),
        col.text('condition', false, 20),
        col.text('status', false, 20),
        col.int('cost_minor'),
        col.date('acquired_on', true),
        col.ref('verified_by_count_id', true),
        col.json('history'),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'tag'], unique: true }, { columns: ['location_id'] }],
        foreignKeys: [{ columnNames: ['location_id'], referencedTableName: 'locations' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('assets');
  }
}
