import { TableCheck, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class InventoryInitial1764201600400 implements MigrationInterface {
  name = 'InventoryInitial1764201600400';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'items',
      [
        col.id(),
        col.ref('property_id'),
        col.text('sku', false, 40),
        col.text('name', false, 200),
        col.text('category', false, 20),
        col.text('unit', false, 20),
        col.decimal('par_level'),
        col.decimal('reorder_point'),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'sku'], unique: true }, { columns: ['property_id', 'category', 'sku'] }] },
    );
    await createTable(
      qr,
      'locations',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 200),
        col.text('kind', false, 20),
        col.ref('parent_id', true),
        col.ref('outlet_id', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'code'], unique: true }, { columns: ['outlet_id'] }],
        foreignKeys: [{ columnNames: ['parent_id'], referencedTableName: 'locations' }],
      },
    );
    await createTable(
      qr,
      'stock_ledger_entries',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('item_id'),
        col.ref('location_id'),
        col.text('kind', false, 10),
        col.decimal('quantity'),
        col.decimal('on_hand_after'),
        col.int('unit_cost_minor', true),
        col.text('reference', true, 200),
        col.timestamp('created_at'),
        col.ref('created_by', true),
      ],
      {
        indices: [{ columns: ['item_id', 'created_at', 'id'] }, { columns: ['property_id', 'created_at'] }],
        foreignKeys: [
          { columnNames: ['item_id'], referencedTableName: 'items' },
          { columnNames: ['location_id'], referencedTableName: 'locations' },
        ],
      },
    );
    await createTable(
      qr,
      'stock_levels',
      [
        { ...col.ref('item_id'), isPrimary: true },
        { ...col.ref('location_id'), isPrimary: true },
        col.ref('property_id'),
        col.decimal('on_hand'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['property_id'] }, { columns: ['location_id'] }],
        foreignKeys: [
          { columnNames: ['item_id'], referencedTableName: 'items' },
          { columnNames: ['location_id'], referencedTableName: 'locations' },
        ],
      },
    );
    // The service guards these rules; the database refuses to store their violation whatever the path.
    await qr.createCheckConstraint(
      'stock_ledger_entries',
      new TableCheck({ name: 'ck_stock_ledger_quantity_positive', expression: 'quantity > 0' }),
    );
    await qr.createCheckConstraint(
      'stock_ledger_entries',
      new TableCheck({ name: 'ck_stock_ledger_on_hand_after', expression: 'on_hand_after >= 0' }),
    );
    await qr.createCheckConstraint('stock_levels', new TableCheck({ name: 'ck_stock_levels_on_hand', expression: 'on_hand >= 0' }));
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['stock_levels', 'stock_ledger_entries', 'locations', 'items']) await qr.dropTable(t);
  }
}
