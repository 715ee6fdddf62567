import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** ARI push: partner endpoints per property, and the delivery outbox of deltas owed to each. */
export class ReservationsAriPush1764201601000 implements MigrationInterface {
  name = 'ReservationsAriPush1764201601000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'ota_ari_push_endpoints',
      [
        col.id(),
        col.ref('property_id'),
        col.text('channel_code', false, 40),
        col.text('url', false, 500),
        col.text('auth_header_name', true, 100),
        col.text('auth_header_value', true, 1000),
        col.bool('enabled', true),
        col.timestamp('updated_at'),
      ],
      { indices: [{ name: 'ux_ota_ari_push_endpoints_channel', columns: ['property_id', 'channel_code'], unique: true }] },
    );
    await createTable(
      qr,
      'ota_ari_push_deliveries',
      [
        col.id(),
        col.ref('endpoint_id'),
        col.int('delta_seq'),
        col.ref('room_type_id'),
        col.text('status', false, 20),
        col.int('attempts', false, 0),
        col.timestamp('next_attempt_at'),
        col.text('last_error', true, 500),
        col.timestamp('delivered_at', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [
          { name: 'ux_ota_ari_push_deliveries_delta', columns: ['endpoint_id', 'delta_seq'], unique: true },
          { name: 'ix_ota_ari_push_deliveries_status', columns: ['status', 'endpoint_id', 'delta_seq'] },
        ],
        foreignKeys: [{ columnNames: ['endpoint_id'], referencedTableName: 'ota_ari_push_endpoints' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('ota_ari_push_deliveries');
    await qr.dropTable('ota_ari_push_endpoints');
  }
}
