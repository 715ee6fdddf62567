import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** The property's currency (learned from reservations or set here) and the currency each order is priced in. */
export class PropertyCurrency1764201600406 implements MigrationInterface {
  name = 'PropertyCurrency1764201600406';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'property_currencies', [
      { ...col.ref('property_id'), isPrimary: true },
      col.text('currency', false, 3),
      col.text('source', false, 20),
      col.timestamp('updated_at'),
    ]);
    await qr.query("ALTER TABLE purchase_orders ADD COLUMN currency varchar(3) NOT NULL DEFAULT 'CNY'");
    await qr.query(
      "UPDATE purchase_orders SET currency = COALESCE((SELECT s.currency FROM suppliers s WHERE s.id = purchase_orders.supplier_id), 'CNY')",
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('purchase_orders', 'currency');
    await qr.dropTable('property_currencies');
  }
}
