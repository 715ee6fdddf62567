import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/**
 * Document numbers from a counter row per (property, prefix) instead of count + 1 (two
 * concurrent creations read the same count). Counters start after the highest number issued.
 */
export class DocumentCounters1764201600404 implements MigrationInterface {
  name = 'DocumentCounters1764201600404';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'document_counters', [
      { ...col.ref('property_id'), isPrimary: true },
      { ...col.text('prefix', false, 4), isPrimary: true },
      col.int('last_number'),
    ]);
    for (const table of ['purchase_orders', 'transfers', 'counts']) {
      await qr.query(
        `INSERT INTO document_counters (property_id, prefix, last_number)
         SELECT property_id, SUBSTR(number, 1, 2), MAX(CAST(SUBSTR(number, 4) AS integer)) FROM ${table}
          GROUP BY property_id, SUBSTR(number, 1, 2)`,
      );
    }
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('document_counters');
  }
}
