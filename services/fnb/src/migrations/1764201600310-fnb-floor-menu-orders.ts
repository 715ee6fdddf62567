import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner, type TableColumnOptions } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

const add = (qr: QueryRunner, table: string, columns: TableColumnOptions[]) =>
  qr.addColumns(
    table,
    columns.map((c) => new TableColumn(c)),
  );

/** Service periods and checklists, floors and tables, priced menus with modifiers, orders by course and kitchen tickets. */
export class FnbFloorMenuOrders1764201600310 implements MigrationInterface {
  name = 'FnbFloorMenuOrders1764201600310';

  async up(qr: QueryRunner): Promise<void> {
    await add(qr, 'outlets', [
      { ...col.text('time_zone', false, 64), default: "'UTC'" },
      col.bool('failure_blocks_opening', true),
      col.date('last_closed_date', true),
    ]);
    await this.services(qr);
    await this.floors(qr);
    await this.menus(qr);
    await this.orders(qr);
  }

  private async services(qr: QueryRunner) {
    await createTable(
      qr,
      'service_periods',
      [
        col.id(),
        col.ref('outlet_id'),
        col.ref('property_id'),
        col.text('name', false, 60),
        col.text('starts_at', false, 5),
        col.text('ends_at', false, 5),
      ],
      { indices: [{ columns: ['outlet_id', 'starts_at'] }], foreignKeys: [{ columnNames: ['outlet_id'], referencedTableName: 'outlets' }] },
    );
    await createTable(
      qr,
      'outlet_services',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('period_id'),
        col.date('business_date'),
        col.text('status', false, 10),
        col.ref('opened_by', true),
        col.timestamp('opened_at'),
        col.timestamp('closed_at', true),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['outlet_id', 'business_date', 'period_id'], unique: true }],
        foreignKeys: [{ columnNames: ['period_id'], referencedTableName: 'service_periods' }],
      },
    );
    await createTable(
      qr,
      'checklists',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('period_id'),
        col.date('business_date'),
        col.text('kind', false, 12),
        col.ref('checked_by', true),
        col.int('failed_count'),
        col.timestamp('checked_at'),
      ],
      { indices: [{ columns: ['outlet_id', 'business_date', 'period_id', 'kind'], unique: true }] },
    );
    await createTable(
      qr,
      'checklist_items',
      [
        col.id(),
        col.ref('checklist_id'),
        col.int('position'),
        col.text('area', false, 20),
        col.text('label', false, 200),
        col.bool('passed'),
        col.text('note', true, 500),
        col.ref('follow_up_owner_id', true),
      ],
      {
        indices: [{ columns: ['checklist_id', 'position'], unique: true }],
        foreignKeys: [{ columnNames: ['checklist_id'], referencedTableName: 'checklists' }],
      },
    );
  }

  private async floors(qr: QueryRunner) {
    await createTable(qr, 'floors', [col.id(), col.ref('property_id'), col.ref('outlet_id'), col.text('name', false, 60)], {
      indices: [{ columns: ['outlet_id', 'name'] }],
      foreignKeys: [{ columnNames: ['outlet_id'], referencedTableName: 'outlets' }],
    });
    await createTable(
      qr,
      'dining_tables',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('floor_id'),
        col.text('number', false, 10),
        col.int('seats'),
        col.int('pos_x'),
        col.int('pos_y'),
        col.text('status', false, 16),
        col.int('covers', false, 0),
        col.ref('server_id', true),
        col.ref('order_id', true),
        col.ref('merged_into_id', true),
        col.timestamp('seated_at', true),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['outlet_id', 'number'], unique: true }, { columns: ['floor_id'] }],
        foreignKeys: [{ columnNames: ['floor_id'], referencedTableName: 'floors' }],
      },
    );
  }

  private async menus(qr: QueryRunner) {
    await add(qr, 'menu_items', [
      { ...col.text('course', false, 10), default: "'MAIN'" },
      { ...col.text('station', false, 10), default: "'HOT'" },
      { ...col.json('period_ids'), default: "'[]'" },
    ]);
    await createTable(
      qr,
      'menu_prices',
      [col.id(), col.ref('menu_item_id'), col.int('price_minor'), col.timestamp('effective_from'), col.ref('set_by', true)],
      {
        indices: [{ columns: ['menu_item_id', 'effective_from'], unique: true }],
        foreignKeys: [{ columnNames: ['menu_item_id'], referencedTableName: 'menu_items' }],
      },
    );
    // Each existing item keeps its price, in force from its creation.
    await qr.query(
      `INSERT INTO menu_prices (id, menu_item_id, price_minor, effective_from) SELECT id, id, price_minor, created_at FROM menu_items`,
    );
    await createTable(
      qr,
      'modifier_groups',
      [col.id(), col.ref('property_id'), col.ref('outlet_id'), col.text('name', false, 100), col.int('min_select'), col.int('max_select')],
      { indices: [{ columns: ['outlet_id', 'name'] }], foreignKeys: [{ columnNames: ['outlet_id'], referencedTableName: 'outlets' }] },
    );
    await createTable(
      qr,
      'modifiers',
      [col.id(), col.ref('group_id'), col.int('position'), col.text('name', false, 100), col.int('price_delta_minor')],
      {
        indices: [{ columns: ['group_id', 'position'], unique: true }],
        foreignKeys: [{ columnNames: ['group_id'], referencedTableName: 'modifier_groups' }],
      },
    );
    await createTable(qr, 'menu_item_modifier_groups', [
      { ...col.ref('menu_item_id'), isPrimary: true },
      { ...col.ref('group_id'), isPrimary: true },
    ]);
    await createTable(qr, 'stock_outs', [
      { ...col.ref('outlet_id'), isPrimary: true },
      { ...col.ref('inventory_item_id'), isPrimary: true },
      col.text('item_name', false, 200),
      col.timestamp('since'),
    ]);
  }

  private async orders(qr: QueryRunner) {
    await add(qr, 'orders', [
      { ...col.text('kind', false, 12), default: "'WALK_IN'" },
      col.ref('table_id', true),
      col.int('covers', false, 1),
      col.ref('server_id', true),
      col.ref('service_id', true),
      col.ref('period_id', true),
      col.date('business_date', true),
    ]);
    // Orders from before business dates belong to their creation date; a sent order is still open.
    const day = qr.connection.options.type === 'postgres' ? 'CAST(substr(created_at, 1, 10) AS date)' : 'substr(created_at, 1, 10)';
    await qr.query(`UPDATE orders SET business_date = ${day}`);
    await qr.query(`UPDATE orders SET status = 'OPEN' WHERE status = 'SENT'`);
    await qr.createIndex(
      'orders',
      new TableIndex({ name: 'ix_orders_outlet_id_business_date', columnNames: ['outlet_id', 'business_date'] }),
    );
    await add(qr, 'order_lines', [
      col.ref('outlet_id', true),
      col.date('business_date', true),
      { ...col.text('category', false, 60), default: "''" },
      { ...col.text('course', false, 10), default: "'MAIN'" },
      { ...col.text('station', false, 10), default: "'HOT'" },
      col.int('seat', true),
      { ...col.json('modifiers'), default: "'[]'" },
      { ...col.text('status', false, 8), default: "'ACTIVE'" },
      col.text('note', true, 200),
      col.ref('ticket_id', true),
      col.timestamp('fired_at', true),
    ]);
    await qr.query(
      `UPDATE order_lines SET fired_at = sent_at, outlet_id = (SELECT o.outlet_id FROM orders o WHERE o.id = order_lines.order_id), business_date = (SELECT o.business_date FROM orders o WHERE o.id = order_lines.order_id)`,
    );
    await qr.dropColumn('order_lines', 'sent_at');
    await qr.createIndex(
      'order_lines',
      new TableIndex({ name: 'ix_order_lines_outlet_id_business_date', columnNames: ['outlet_id', 'business_date'] }),
    );
    await createTable(
      qr,
      'kitchen_tickets',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('outlet_id'),
        col.ref('order_id'),
        col.text('station', false, 10),
        col.text('courses', false, 40),
        col.text('table_number', true, 10),
        col.text('status', false, 16),
        col.timestamp('fired_at'),
        col.timestamp('started_at', true),
        col.timestamp('ready_at', true),
        col.timestamp('served_at', true),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['outlet_id', 'station', 'status'] }, { columns: ['order_id'] }],
        foreignKeys: [{ columnNames: ['order_id'], referencedTableName: 'orders' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['kitchen_tickets', 'stock_outs', 'menu_item_modifier_groups', 'modifiers', 'modifier_groups', 'menu_prices'])
      await qr.dropTable(t);
    for (const t of ['dining_tables', 'floors', 'checklist_items', 'checklists', 'outlet_services', 'service_periods'])
      await qr.dropTable(t);
  }
}
