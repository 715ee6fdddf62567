import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Ingredients running low at an outlet (inventory's StockFellLow), so servers see which items are nearly out. */
export class FnbStockLows1764201600330 implements MigrationInterface {
  name = 'FnbStockLows1764201600330';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'stock_lows', [
      { ...col.ref('outlet_id'), isPrimary: true },
      { ...col.ref('inventory_item_id'), isPrimary: true },
      col.text('item_name', false, 200),
      { name: 'on_hand', type: 'numeric', precision: 14, scale: 3 },
      col.text('unit', false, 20),
      col.timestamp('since'),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('stock_lows');
  }
}
