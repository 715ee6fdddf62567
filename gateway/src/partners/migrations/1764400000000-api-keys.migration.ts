import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel/db';

export class ApiKeys1764400000000 implements MigrationInterface {
  name = 'ApiKeys1764400000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'api_keys', [
      col.id(),
      col.text('name', false, 120),
      col.text('key_hash', false, 64),
      col.json('scopes'),
      col.json('property_ids'),
      col.bool('persisted_only'),
      col.timestamp('created_at'),
      col.timestamp('revoked_at', true),
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('api_keys');
  }
}
