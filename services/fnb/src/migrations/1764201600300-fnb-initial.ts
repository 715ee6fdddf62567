import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class FnbInitial1764201600300 implements MigrationInterface {
  name = 'FnbInitial1764201600300';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'outlets',
      [
        col.id(),
        col.ref('property_id'),
        col.text('name', false, 200),
        col.text('kind', false, 20),
        col.text('currency', false, 3),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'name'] }] },
    );
    await createTable(
      qr,
      'menu_items',
      [
        col.id(),
        col.ref('outlet_id'),
        col.ref('property_id'),
        col.text('name', false, 200),
        col.text('category', false, 60),
        col.int('price_minor'),
        col.text('currency', false, 3),
        col.bool('available', true),
        col.bool('specialty'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['outlet_id', 'category', 'name'] }],
        foreignKeys: [{ columnNames: ['outlet_id'], referencedTableName: 'outlets' }],
      },
    );
    await createTable(
      qr,
      'orders',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.text('table_number', true, 10),
        col.ref('reservation_id', true),
        col.text('status', false, 10),
        col.text('currency', false, 3),
        col.int('total_minor'),
        col.text('settlement', true, 12),
        col.text('payment_method', true, 10),
        col.text('void_reason', true, 500),
        col.ref('voided_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
        col.timestamp('settled_at', true),
        col.timestamp('voided_at', true),
      ],
      {
        indices: [{ columns: ['outlet_id', 'created_at', 'id'] }, { columns: ['reservation_id'] }],
        foreignKeys: [{ columnNames: ['outlet_id'], referencedTableName: 'outlets' }],
      },
    );
    await createTable(
      qr,
      'order_lines',
      [
        col.id(),
        col.ref('order_id'),
        col.int('position'),
        col.ref('menu_item_id'),
        col.text('name', false, 200),
        col.int('unit_price_minor'),
        col.int('quantity'),
        col.timestamp('sent_at', true),
      ],
      {
        indices: [{ columns: ['order_id', 'position'], unique: true }],
        foreignKeys: [
          { columnNames: ['order_id'], referencedTableName: 'orders' },
          { columnNames: ['menu_item_id'], referencedTableName: 'menu_items' },
        ],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['order_lines', 'orders', 'menu_items', 'outlets']) await qr.dropTable(t);
  }
}
