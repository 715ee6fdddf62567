import type { MigrationInterface, QueryRunner, TableColumnOptions } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

const qty = (name: string): TableColumnOptions => ({ name, type: 'numeric', precision: 14, scale: 3 });

/** Bills, payments, tills and day-end close, invoices, adjustments, stays, recipes, costs, requisitions and banquets. */
export class FnbCashieringBackOffice1764201600320 implements MigrationInterface {
  name = 'FnbCashieringBackOffice1764201600320';

  async up(qr: QueryRunner): Promise<void> {
    await this.bills(qr);
    await this.tills(qr);
    await this.backOffice(qr);
  }

  private async bills(qr: QueryRunner) {
    const money = ['subtotal_minor', 'discount_minor', 'tip_minor', 'open_balance_minor'].map((n) => col.int(n, false, 0));
    await createTable(
      qr,
      'bills',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('order_id'),
        col.date('business_date'),
        col.text('status', false, 10),
        col.text('currency', false, 3),
        ...money,
        col.text('open_balance_reason', true, 500),
        col.ref('merged_into_id', true),
        col.ref('settled_by', true),
        col.timestamp('settled_at', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date'] }, { columns: ['order_id'] }] },
    );
    await createTable(
      qr,
      'bill_lines',
      [
        col.id(),
        col.ref('bill_id'),
        col.ref('order_id'),
        col.ref('order_line_id', true),
        col.text('description', false, 200),
        col.int('seat', true),
        col.int('amount_minor'),
      ],
      { indices: [{ columns: ['bill_id'] }], foreignKeys: [{ columnNames: ['bill_id'], referencedTableName: 'bills' }] },
    );
    await createTable(
      qr,
      'payments',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('bill_id'),
        col.ref('till_id'),
        col.ref('cashier_id', true),
        col.date('business_date'),
        col.text('kind', false, 8),
        col.text('method', false, 12),
        col.int('amount_minor'),
        col.ref('reservation_id', true),
        col.text('posting_status', false, 16),
        col.text('reason', true, 500),
        col.ref('approved_by', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['till_id'] }, { columns: ['bill_id'] }, { columns: ['outlet_id', 'business_date'] }],
        foreignKeys: [{ columnNames: ['bill_id'], referencedTableName: 'bills' }],
      },
    );
    await createTable(
      qr,
      'invoices',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('bill_id'),
        col.text('number', false, 20),
        col.text('title', false, 200),
        col.text('tax_id', true, 30),
        col.int('amount_minor'),
        col.text('currency', false, 3),
        col.ref('issued_by', true),
        col.timestamp('issued_at'),
      ],
      {
        indices: [
          { columns: ['property_id', 'number'], unique: true },
          { columns: ['bill_id'], unique: true },
        ],
      },
    );
    await createTable(qr, 'invoice_sequences', [col.id(), col.ref('property_id'), col.int('next_number')]);
  }

  private async tills(qr: QueryRunner) {
    await createTable(
      qr,
      'tills',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('cashier_id', true),
        col.date('business_date'),
        col.text('status', false, 8),
        col.text('open_slot', true, 80),
        col.int('float_minor'),
        col.int('dropped_minor', false, 0),
        col.int('counted_minor', true),
        col.int('expected_cash_minor', true),
        col.int('over_short_minor', true),
        col.timestamp('opened_at'),
        col.timestamp('closed_at', true),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date'] }, { columns: ['open_slot'], unique: true }] },
    );
    await createTable(
      qr,
      'cash_drops',
      [col.id(), col.ref('till_id'), col.int('amount_minor'), col.ref('dropped_by', true), col.timestamp('dropped_at')],
      { indices: [{ columns: ['till_id'] }], foreignKeys: [{ columnNames: ['till_id'], referencedTableName: 'tills' }] },
    );
    await createTable(
      qr,
      'business_days',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.date('business_date'),
        col.ref('closed_by', true),
        col.ref('approved_by', true),
        col.json('figures'),
        col.timestamp('closed_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date'], unique: true }] },
    );
    await createTable(
      qr,
      'adjustments',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.date('business_date'),
        col.text('kind', false, 10),
        col.text('status', false, 10),
        col.ref('order_id', true),
        col.ref('order_line_id', true),
        col.ref('bill_id', true),
        col.int('amount_minor'),
        { name: 'percent', type: 'numeric', precision: 5, scale: 2, isNullable: true },
        col.text('refund_method', true, 12),
        col.text('reason', false, 500),
        col.ref('requested_by', true),
        col.ref('till_id', true),
        col.ref('decided_by', true),
        col.text('decided_by_role', true, 30),
        col.timestamp('requested_at'),
        col.timestamp('decided_at', true),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date'] }, { columns: ['order_id'] }, { columns: ['bill_id'] }] },
    );
  }

  private async backOffice(qr: QueryRunner) {
    await createTable(
      qr,
      'stays',
      [
        { ...col.ref('reservation_id'), isPrimary: true },
        col.ref('property_id'),
        col.text('status', false, 12),
        col.text('room_number', true, 20),
        col.timestamp('changed_at'),
      ],
      { indices: [{ columns: ['property_id', 'status'] }] },
    );
    await createTable(
      qr,
      'recipes',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('target_id'),
        col.text('target_kind', false, 10),
        col.int('version'),
        col.date('effective_from'),
        col.ref('created_by', true),
        col.timestamp('created_at'),
      ],
      { indices: [{ columns: ['target_id', 'effective_from'], unique: true }] },
    );
    await createTable(
      qr,
      'recipe_lines',
      [
        { ...col.ref('recipe_id'), isPrimary: true },
        { ...col.ref('inventory_item_id'), isPrimary: true },
        qty('quantity'),
        col.text('unit', false, 20),
      ],
      { indices: [{ columns: ['inventory_item_id'] }], foreignKeys: [{ columnNames: ['recipe_id'], referencedTableName: 'recipes' }] },
    );
    await createTable(
      qr,
      'unmapped_sales',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.date('business_date'),
        col.ref('order_line_id'),
        col.ref('target_id'),
        col.text('name', false, 200),
        col.int('quantity'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date'] }] },
    );
    await createTable(qr, 'item_costs', [
      { ...col.ref('inventory_item_id'), isPrimary: true },
      col.ref('property_id'),
      col.text('sku', false, 64),
      col.text('unit', false, 20),
      { name: 'unit_cost_minor', type: 'numeric', precision: 18, scale: 6 },
      col.text('currency', false, 3),
      col.timestamp('changed_at'),
    ]);
    await createTable(
      qr,
      'consumptions',
      [
        { ...col.ref('consumption_id'), isPrimary: true },
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.date('business_date'),
        col.int('value_minor'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date'] }] },
    );
    await this.requisitionsAndBanquets(qr);
  }

  private async requisitionsAndBanquets(qr: QueryRunner) {
    await createTable(
      qr,
      'requisitions',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.text('status', false, 10),
        col.ref('requested_by', true),
        col.date('needed_by', true),
        col.text('note', true, 500),
        col.text('status_reason', true, 500),
        col.timestamp('requested_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'requested_at'] }] },
    );
    await createTable(
      qr,
      'requisition_lines',
      [col.id(), col.ref('requisition_id'), col.ref('inventory_item_id'), qty('quantity'), qty('picked'), qty('delivered')],
      { foreignKeys: [{ columnNames: ['requisition_id'], referencedTableName: 'requisitions' }] },
    );
    await createTable(
      qr,
      'banquets',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('group_block_id'),
        col.text('name', false, 200),
        col.date('event_date'),
        col.text('room_name', false, 100),
        col.int('covers'),
        col.text('menu', false, 2000),
        col.int('set_price_minor'),
        col.int('deposit_minor'),
        col.text('currency', false, 10),
        col.text('status', false, 10),
        col.int('charged_minor', true),
        col.text('posting_status', true, 16),
        col.text('posting_reason', true, 500),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'event_date'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    const tables = [
      'banquets',
      'requisition_lines',
      'requisitions',
      'consumptions',
      'item_costs',
      'unmapped_sales',
      'recipe_lines',
      'recipes',
    ];
    for (const t of [
      ...tables,
      'stays',
      'adjustments',
      'business_days',
      'cash_drops',
      'tills',
      'invoice_sequences',
      'invoices',
      'payments',
      'bill_lines',
      'bills',
    ])
      await qr.dropTable(t);
  }
}
