import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class ReservationsInitial1764201600100 implements MigrationInterface {
  name = 'ReservationsInitial1764201600100';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'properties', [
      col.id(),
      { name: 'code', type: 'varchar', length: '20', isUnique: true },
      col.text('name', false, 200),
      col.text('time_zone', false, 64),
      col.text('currency', false, 3),
      col.timestamp('created_at'),
    ]);
    await createTable(
      qr,
      'room_types',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 200),
        col.int('capacity'),
        col.int('base_rate_minor'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'code'], unique: true }],
        foreignKeys: [{ columnNames: ['property_id'], referencedTableName: 'properties' }],
      },
    );
    await createTable(
      qr,
      'rooms',
      [
        col.id(),
        col.ref('property_id'),
        col.ref('room_type_id'),
        col.text('number', false, 10),
        col.int('floor'),
        col.text('housekeeping_status', false, 20),
        col.bool('occupied'),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'number'], unique: true }, { columns: ['room_type_id'] }],
        foreignKeys: [
          { columnNames: ['property_id'], referencedTableName: 'properties' },
          { columnNames: ['room_type_id'], referencedTableName: 'room_types' },
        ],
      },
    );
    await createTable(
      qr,
      'reservations',
      [
        col.id(),
        col.ref('property_id'),
        { name: 'confirmation_number', type: 'varchar', length: '40', isUnique: true },
        col.ref('room_type_id'),
        col.ref('room_id', true),
        col.text('status', false, 20),
        col.text('channel', false, 20),
        col.text('guest_name', false, 200),
        col.text('guest_email', true, 200),
        col.int('adults'),
        col.date('arrival'),
        col.date('departure'),
        col.int('nightly_rate_minor'),
        col.text('currency', false, 3),
        col.text('special_requests', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [
          { columns: ['property_id', 'arrival'] },
          { columns: ['room_type_id', 'arrival', 'departure'] },
          { columns: ['property_id', 'created_at', 'id'] },
        ],
        foreignKeys: [
          { columnNames: ['property_id'], referencedTableName: 'properties' },
          { columnNames: ['room_type_id'], referencedTableName: 'room_types' },
          { columnNames: ['room_id'], referencedTableName: 'rooms' },
        ],
      },
    );
    await createTable(
      qr,
      'folios',
      [
        col.id(),
        { name: 'reservation_id', type: 'varchar', length: '36', isUnique: true },
        col.ref('property_id'),
        col.text('currency', false, 3),
        col.text('status', false, 10),
        col.timestamp('created_at'),
      ],
      { foreignKeys: [{ columnNames: ['reservation_id'], referencedTableName: 'reservations' }] },
    );
    await createTable(
      qr,
      'folio_lines',
      [
        col.id(),
        col.ref('folio_id'),
        col.text('kind', false, 12),
        col.text('description', false, 300),
        col.int('amount_minor'),
        { name: 'source_ref', type: 'varchar', length: '120', isNullable: true, isUnique: true },
        col.timestamp('posted_at'),
      ],
      {
        indices: [{ columns: ['folio_id', 'posted_at'] }],
        foreignKeys: [{ columnNames: ['folio_id'], referencedTableName: 'folios' }],
      },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of ['folio_lines', 'folios', 'reservations', 'rooms', 'room_types', 'properties']) await qr.dropTable(t);
  }
}
