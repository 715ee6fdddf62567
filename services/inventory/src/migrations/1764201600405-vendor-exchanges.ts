import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Vendor exchanges (换货): a return against an order line and its replacement. */
export class VendorExchanges1764201600405 implements MigrationInterface {
  name = 'VendorExchanges1764201600405';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'vendor_exchanges',
      [
        col.id(),
        col.ref('property_id'),
        col.text('number', false, 20),
        col.ref('supplier_id'),
        col.ref('purchase_order_id'),
        col.ref('purchase_order_line_id'),
        col.ref('item_id'),
        col.ref('location_id'),
        col.text('status', false, 30),
        col.decimal('returned'),
        col.decimal('replaced'),
        col.text('reason', false, 40),
        col.ref('created_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'number'], unique: true }, { columns: ['purchase_order_id'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('vendor_exchanges');
  }
}
