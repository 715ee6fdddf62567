import { Table, TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/**
 * Inventory per room type and night (enforced by the database), room outages, rate plans with
 * per-date prices and restrictions, the priced nights of each stay, and each reservation's history.
 */
export class ReservationsInventoryRates1764201600200 implements MigrationInterface {
  name = 'ReservationsInventoryRates1764201600200';

  async up(qr: QueryRunner): Promise<void> {
    // The CHECK is the backstop of the conditional UPDATE that books a night: sold can never
    // exceed the rooms in service plus the overbooking allowance, whatever the code does.
    await qr.createTable(
      new Table({
        name: 'room_inventory',
        columns: [
          { ...col.ref('room_type_id'), isPrimary: true },
          { ...col.date('stay_date'), isPrimary: true },
          col.ref('property_id'),
          col.int('rooms_total'),
          col.int('out_of_service', false, 0),
          col.int('sold', false, 0),
          col.int('overbooking', false, 0),
        ],
        checks: [
          { name: 'ck_room_inventory_counts', expression: 'sold >= 0 AND out_of_service >= 0 AND overbooking >= 0 AND rooms_total >= 0' },
          { name: 'ck_room_inventory_sellable', expression: 'sold <= rooms_total - out_of_service + overbooking' },
        ],
        foreignKeys: [{ columnNames: ['room_type_id'], referencedTableName: 'room_types', referencedColumnNames: ['id'] }],
      }),
    );
    await createTable(
      qr,
      'room_outages',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('room_id'),
        col.ref('room_type_id'),
        col.text('kind', false, 20),
        col.text('reason', false, 300),
        col.date('from_date'),
        col.date('until_date'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['room_type_id', 'from_date'] }, { columns: ['room_id', 'from_date'] }],
        foreignKeys: [{ columnNames: ['room_id'], referencedTableName: 'rooms' }],
      },
    );
    await createTable(
      qr,
      'rate_plans',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 200),
        col.int('min_advance_days', true),
        col.int('max_advance_days', true),
        col.int('cancel_free_days_before', false, 0),
        col.text('cancel_fee_kind', false, 10),
        col.int('cancel_fee_value', false, 0),
        col.text('no_show_fee_kind', false, 10),
        col.int('no_show_fee_value', false, 0),
        col.text('guarantee', false, 10),
        col.int('deposit_percent', false, 0),
        col.bool('active', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'code'], unique: true }],
        foreignKeys: [{ columnNames: ['property_id'], referencedTableName: 'properties' }],
      },
    );
    await createTable(
      qr,
      'rate_plan_rates',
      [
        { ...col.ref('rate_plan_id'), isPrimary: true },
        { ...col.ref('room_type_id'), isPrimary: true },
        { ...col.date('stay_date'), isPrimary: true },
        col.int('price_minor'),
        col.int('min_los', true),
        col.int('max_los', true),
        col.bool('closed_to_arrival'),
        col.bool('closed_to_departure'),
      ],
      {
        indices: [{ columns: ['room_type_id', 'stay_date'] }],
        foreignKeys: [
          { columnNames: ['rate_plan_id'], referencedTableName: 'rate_plans' },
          { columnNames: ['room_type_id'], referencedTableName: 'room_types' },
        ],
      },
    );
    await createTable(
      qr,
      'reservation_nights',
      [
        { ...col.ref('reservation_id'), isPrimary: true },
        { ...col.date('stay_date'), isPrimary: true },
        col.ref('property_id'),
        col.ref('room_type_id'),
        col.int('price_minor'),
      ],
      {
        indices: [{ columns: ['property_id', 'stay_date'] }],
        foreignKeys: [{ columnNames: ['reservation_id'], referencedTableName: 'reservations' }],
      },
    );
    await createTable(
      qr,
      'reservation_history',
      [
        col.id(),
        col.ref('reservation_id'),
        col.timestamp('at'),
        col.text('actor', true, 100),
        col.text('action', false, 30),
        col.json('details'),
      ],
      {
        indices: [{ columns: ['reservation_id', 'at'] }],
        foreignKeys: [{ columnNames: ['reservation_id'], referencedTableName: 'reservations' }],
      },
    );
    // Room features guests ask for (lake view, bathtub, connecting …), a JSON list.
    await qr.addColumn('rooms', new TableColumn({ name: 'features', type: 'text', default: "'[]'" }));
    // Local time on the arrival day after which a stay that has not arrived becomes a no-show.
    await qr.addColumn('properties', new TableColumn({ name: 'no_show_cutoff', type: 'varchar', length: '5', default: "'22:00'" }));
    await qr.addColumns(
      'reservations',
      [
        col.ref('rate_plan_id', true),
        col.int('total_minor', false, 0),
        col.text('guarantee_kind', true, 10),
        col.text('guarantee_ref', true, 100),
        col.int('deposit_due_minor', false, 0),
        col.text('channel_code', true, 40),
        col.text('channel_ref', true, 100),
        col.int('channel_version', true),
      ].map((c) => new TableColumn(c)),
    );
    await qr.createIndex(
      'reservations',
      new TableIndex({ name: 'ux_reservations_channel_ref', columnNames: ['channel_code', 'channel_ref'], isUnique: true }),
    );
    // What each partner message (channel, its reservation id, version) was answered: a retry gets the same answer.
    await createTable(
      qr,
      'channel_acks',
      [
        { ...col.text('channel_code', false, 40), isPrimary: true },
        { ...col.text('channel_ref', false, 100), isPrimary: true },
        { ...col.int('version'), isPrimary: true },
        col.ref('reservation_id'),
        col.ref('property_id'),
        col.text('reservation_status', false, 20),
        col.text('confirmation_number', false, 40),
        col.timestamp('acknowledged_at'),
      ],
      { foreignKeys: [{ columnNames: ['reservation_id'], referencedTableName: 'reservations' }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('channel_acks');
    await qr.dropIndex('reservations', 'ux_reservations_channel_ref');
    for (const c of ['channel_version', 'channel_ref', 'channel_code']) await qr.dropColumn('reservations', c);
    await qr.dropColumn('properties', 'no_show_cutoff');
    await qr.dropColumn('rooms', 'features');
    for (const c of ['deposit_due_minor', 'guarantee_ref', 'guarantee_kind', 'total_minor', 'rate_plan_id'])
      await qr.dropColumn('reservations', c);
    for (const t of ['reservation_history', 'reservation_nights', 'rate_plan_rates', 'rate_plans', 'room_outages', 'room_inventory'])
      await qr.dropTable(t);
  }
}
