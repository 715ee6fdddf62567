import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Lost and found items and the history of who did what with them. */
export class CareLostFound1764201601000 implements MigrationInterface {
  name = 'CareLostFound1764201601000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'lost_items',
      [
        col.id(),
        col.ref('property_id'),
        col.text('category', false, 20),
        col.text('description', false, 500),
        col.text('found_location', false, 200),
        col.ref('room_id', true),
        col.ref('reservation_id', true),
        col.text('status', false, 20),
        col.timestamp('found_at'),
        col.ref('found_by', true),
        col.text('storage_location', true, 100),
        col.text('handed_to', true, 300),
        col.text('carrier', true, 100),
        col.text('tracking_number', true, 100),
        col.int('version'),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'status'] }, { columns: ['property_id', 'found_at', 'id'] }] },
    );
    await createTable(
      qr,
      'lost_item_history',
      [
        col.id(),
        col.ref('item_id'),
        col.int('seq'),
        col.text('status', false, 20),
        col.timestamp('at'),
        col.ref('actor_id', true),
        col.text('note', true),
      ],
      {
        indices: [{ columns: ['item_id', 'seq'], unique: true }],
        foreignKeys: [{ columnNames: ['item_id'], referencedTableName: 'lost_items' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('lost_item_history');
    await qr.dropTable('lost_items');
  }
}
