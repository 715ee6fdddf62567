import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** Guest profiles (personal data, erasable) linked from reservations. */
export class ReservationsGuests1764201600300 implements MigrationInterface {
  name = 'ReservationsGuests1764201600300';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'guests',
      [
        col.id(),
        col.ref('property_id'),
        col.text('name', false, 200),
        col.text('email', true, 200),
        col.text('phone', true, 40),
        col.text('document_number', true, 60),
        col.json('preferences'),
        col.int('vip_level', false, 0),
        col.bool('regular'),
        col.text('notes', true),
        col.timestamp('erased_at', true),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'name'] }, { columns: ['property_id', 'email'] }],
        foreignKeys: [{ columnNames: ['property_id'], referencedTableName: 'properties' }],
      },
    );
    await qr.addColumn('reservations', new TableColumn(col.ref('guest_id', true)));
    await qr.createIndex('reservations', new TableIndex({ name: 'ix_reservations_guest_id', columnNames: ['guest_id'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('reservations', 'ix_reservations_guest_id');
    await qr.dropColumn('reservations', 'guest_id');
    await qr.dropTable('guests');
  }
}
