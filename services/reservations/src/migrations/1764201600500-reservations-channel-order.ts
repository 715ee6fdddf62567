import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/**
 * Partner messages in any order: tombstones of cancellations that arrived before their
 * reservation; acknowledgements that booked nothing (no reservation id), say what a message did
 * and keep a hash of its body (the same version with another body is refused).
 */
export class ReservationsChannelOrder1764201600500 implements MigrationInterface {
  name = 'ReservationsChannelOrder1764201600500';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'channel_tombstones', [
      { ...col.text('channel_code', false, 40), isPrimary: true },
      { ...col.text('channel_ref', false, 100), isPrimary: true },
      col.int('version'),
      col.ref('property_id'),
      col.timestamp('cancelled_at'),
    ]);
    await qr.changeColumn('channel_acks', 'reservation_id', new TableColumn(col.ref('reservation_id', true)));
    await qr.changeColumn('channel_acks', 'confirmation_number', new TableColumn(col.text('confirmation_number', true, 40)));
    await qr.addColumns('channel_acks', [
      new TableColumn({ ...col.text('outcome', false, 20), default: "'APPLIED'" }),
      new TableColumn(col.text('message_hash', true, 64)),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('channel_acks', 'message_hash');
    await qr.dropColumn('channel_acks', 'outcome');
    await qr.query(`DELETE FROM channel_acks WHERE reservation_id IS NULL`);
    await qr.changeColumn('channel_acks', 'confirmation_number', new TableColumn(col.text('confirmation_number', false, 40)));
    await qr.changeColumn('channel_acks', 'reservation_id', new TableColumn(col.ref('reservation_id')));
    await qr.dropTable('channel_tombstones');
  }
}
