import { TableCheck, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/**
 * Inventory depth: item units, archive and moving-average cost; every movement kind with its
 * direction and value; suppliers, purchase orders and receiving; transfers and requisitions;
 * consumption; counts with frozen bins; write-offs.
 */
export class InventoryDepth1764201600401 implements MigrationInterface {
  name = 'InventoryDepth1764201600401';

  async up(qr: QueryRunner): Promise<void> {
    const pg = qr.connection.options.type === 'postgres';
    const add = async (table: string, ...defs: string[]) => {
      for (const d of defs) await qr.query(`ALTER TABLE ${table} ADD COLUMN ${d}`);
    };
    const numeric = 'numeric(14,3)';
    await add('items', 'archived_at varchar(30) NULL', 'shelf_life_days integer NULL', `average_cost ${numeric} NOT NULL DEFAULT 0`);
    await add('locations', 'frozen_by_count_id varchar(36) NULL');
    await add(
      'stock_ledger_entries',
      "direction varchar(3) NOT NULL DEFAULT 'IN'",
      `unit_cost ${numeric} NULL`,
      `value_minor ${numeric} NULL`,
      'lot varchar(40) NULL',
      'expires_on date NULL',
      'document_id varchar(36) NULL',
      'reason varchar(40) NULL',
    );
    if (pg) await qr.query('ALTER TABLE stock_ledger_entries ALTER COLUMN kind TYPE varchar(20)');
    await qr.query("UPDATE stock_ledger_entries SET direction = CASE WHEN kind = 'ISSUE' THEN 'OUT' ELSE 'IN' END");
    await qr.query('UPDATE stock_ledger_entries SET unit_cost = unit_cost_minor WHERE unit_cost_minor IS NOT NULL');
    await qr.query('CREATE INDEX ix_stock_ledger_property_kind_created ON stock_ledger_entries (property_id, kind, created_at)');
    await qr.query('CREATE INDEX ix_stock_ledger_document ON stock_ledger_entries (document_id)');

    await createTable(qr, 'item_units', [
      { ...col.ref('item_id'), isPrimary: true },
      { ...col.text('unit', false, 20), isPrimary: true },
      col.decimal('factor'),
    ]);
    await createTable(
      qr,
      'suppliers',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 200),
        col.int('lead_time_days'),
        col.text('currency', false, 3),
        col.text('contact', true, 200),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['property_id', 'code'], unique: true }] },
    );
    await createTable(
      qr,
      'supplier_prices',
      [
        { ...col.ref('supplier_id'), isPrimary: true },
        { ...col.ref('item_id'), isPrimary: true },
        { ...col.text('unit', false, 20), isPrimary: true },
        col.int('price_minor'),
        col.decimal('min_order_quantity'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['item_id'] }] },
    );
    await createTable(
      qr,
      'purchase_orders',
      [
        col.id(),
        col.ref('property_id'),
        col.text('number', false, 20),
        col.ref('supplier_id'),
        col.ref('location_id'),
        col.text('status', false, 20),
        col.decimal('total_minor'),
        col.date('expected_on', true),
        col.int('tolerance_percent', false, 5),
        col.ref('created_by', true),
        col.ref('approved_by', true),
        col.timestamp('approved_at', true),
        col.text('note', true, 500),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'number'], unique: true }, { columns: ['property_id', 'status'] }] },
    );
    await createTable(
      qr,
      'purchase_order_lines',
      [
        col.id(),
        col.ref('purchase_order_id'),
        col.ref('item_id'),
        col.text('unit', false, 20),
        col.decimal('quantity'),
        col.decimal('factor'),
        col.int('unit_price_minor'),
        col.decimal('received'),
        col.decimal('rejected'),
      ],
      { indices: [{ columns: ['purchase_order_id'] }, { columns: ['item_id'] }] },
    );
    await createTable(
      qr,
      'receipts',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('purchase_order_id'),
        col.ref('supplier_id'),
        col.text('delivery_note', true, 100),
        { name: 'on_time', type: 'boolean', isNullable: true },
        col.json('quality'),
        col.ref('received_by', true),
        col.timestamp('received_at'),
      ],
      { indices: [{ columns: ['purchase_order_id'] }, { columns: ['property_id', 'received_at'] }] },
    );
    await createTable(
      qr,
      'receipt_lines',
      [
        col.id(),
        col.ref('receipt_id'),
        col.ref('purchase_order_line_id'),
        col.ref('item_id'),
        col.ref('location_id'),
        col.decimal('delivered'),
        col.decimal('deducted'),
        col.decimal('accepted'),
        col.decimal('rejected'),
        col.text('reject_reason', true, 40),
        col.json('deductions'),
        col.text('lot', true, 40),
        col.date('expires_on', true),
      ],
      { indices: [{ columns: ['receipt_id'] }] },
    );
    await createTable(
      qr,
      'transfers',
      [
        col.id(),
        col.ref('property_id'),
        col.text('number', false, 20),
        col.ref('from_location_id'),
        col.ref('to_location_id'),
        col.text('status', false, 20),
        col.ref('requisition_id', true),
        col.json('lines'),
        col.ref('created_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'status'] }, { columns: ['property_id', 'number'], unique: true }] },
    );
    await createTable(
      qr,
      'requisitions',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('location_id', true),
        col.text('status', false, 20),
        col.json('lines'),
        col.text('reason', true, 500),
        col.date('needed_by', true),
        col.timestamp('requested_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'status'] }] },
    );
    await createTable(
      qr,
      'consumptions',
      [
        col.id(),
        col.ref('property_id'),
        col.text('source', false, 20),
        col.text('source_id', false, 100),
        col.ref('location_id'),
        col.ref('outlet_id', true),
        col.text('department', true, 40),
        col.date('business_date'),
        col.decimal('value_minor'),
        col.json('shortfalls'),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['source', 'source_id'], unique: true }, { columns: ['property_id', 'business_date'] }] },
    );
    await createTable(
      qr,
      'counts',
      [
        col.id(),
        col.ref('property_id'),
        col.text('number', false, 20),
        col.text('kind', false, 10),
        col.text('status', false, 20),
        col.bool('blind'),
        col.int('recount_threshold_percent', false, 5),
        col.decimal('variance_value_minor', true),
        col.ref('opened_by', true),
        col.ref('approved_by', true),
        col.timestamp('opened_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'number'], unique: true }, { columns: ['property_id', 'status'] }] },
    );
    await createTable(
      qr,
      'count_lines',
      [
        { ...col.ref('count_id'), isPrimary: true },
        { ...col.ref('location_id'), isPrimary: true },
        { ...col.ref('item_id'), isPrimary: true },
        col.decimal('expected'),
        col.decimal('counted', true),
        col.decimal('unit_cost'),
        col.int('recounts', false, 0),
        col.ref('counted_by', true),
        col.text('explanation', true, 200),
      ],
      { indices: [{ columns: ['location_id'] }] },
    );
    await createTable(
      qr,
      'write_offs',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('item_id'),
        col.ref('location_id'),
        col.decimal('quantity'),
        col.text('reason', false, 20),
        col.text('status', false, 20),
        col.text('note', true, 500),
        col.text('disposal', true, 500),
        col.ref('reported_by', true),
        col.ref('decided_by', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'status'] }] },
    );
    await createTable(
      qr,
      'housekeeping_pars',
      [
        { ...col.ref('item_id'), isPrimary: true },
        { ...col.text('room_type_id', false, 36), isPrimary: true },
        col.ref('property_id'),
        col.ref('location_id'),
        col.decimal('per_occupied_night'),
      ],
      { indices: [{ columns: ['property_id'] }] },
    );
    await qr.createCheckConstraint(
      'purchase_order_lines',
      new TableCheck({ name: 'ck_po_lines_quantities', expression: 'quantity > 0 AND received >= 0 AND rejected >= 0' }),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'housekeeping_pars',
      'write_offs',
      'count_lines',
      'counts',
      'consumptions',
      'requisitions',
      'transfers',
      'receipt_lines',
      'receipts',
      'purchase_order_lines',
      'purchase_orders',
      'supplier_prices',
      'suppliers',
      'item_units',
    ])
      await qr.dropTable(t);
  }
}
