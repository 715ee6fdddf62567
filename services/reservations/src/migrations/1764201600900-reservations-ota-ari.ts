import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

export class ReservationsOtaAri1764201600900 implements MigrationInterface {
  name = 'ReservationsOtaAri1764201600900';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'ota_ari_deltas',
      [
        { name: 'seq', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
        { name: 'event_id', type: 'varchar', length: '36', isUnique: true },
        col.ref('property_id'),
        col.text('type', false, 200),
        col.json('payload'),
        col.timestamp('recorded_at'),
      ],
      { indices: [{ name: 'ix_ota_ari_deltas_property', columns: ['property_id', 'seq'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('ota_ari_deltas');
  }
}
