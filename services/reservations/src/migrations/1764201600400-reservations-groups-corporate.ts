import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/**
 * Corporate accounts (协议单位) with negotiated plans, group/conference blocks with per-night
 * allotments and pickup, and folio routing to company or group accounts (their postings).
 */
export class ReservationsGroupsCorporate1764201600400 implements MigrationInterface {
  name = 'ReservationsGroupsCorporate1764201600400';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'corporate_accounts',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 200),
        col.text('contact', true, 200),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'code'], unique: true }],
        foreignKeys: [{ columnNames: ['property_id'], referencedTableName: 'properties' }],
      },
    );
    await qr.addColumn('rate_plans', new TableColumn(col.ref('corporate_account_id', true)));
    await createTable(
      qr,
      'group_blocks',
      [
        col.id(),
        col.ref('property_id'),
        col.text('code', false, 20),
        col.text('name', false, 200),
        col.text('kind', false, 12),
        col.text('status', false, 12),
        col.ref('corporate_account_id', true),
        col.int('rate_minor'),
        col.date('arrival'),
        col.date('departure'),
        col.date('release_date'),
        col.timestamp('released_at', true),
        col.timestamp('created_at'),
      ],
      {
        indices: [{ columns: ['property_id', 'code'], unique: true }, { columns: ['status', 'release_date'] }],
        foreignKeys: [{ columnNames: ['property_id'], referencedTableName: 'properties' }],
      },
    );
    await createTable(
      qr,
      'block_allotments',
      [
        { ...col.ref('block_id'), isPrimary: true },
        { ...col.ref('room_type_id'), isPrimary: true },
        { ...col.date('stay_date'), isPrimary: true },
        col.int('allotted'),
        col.int('picked_up', false, 0),
      ],
      { foreignKeys: [{ columnNames: ['block_id'], referencedTableName: 'group_blocks' }] },
    );
    await qr.addColumns('reservations', [
      new TableColumn(col.ref('group_block_id', true)),
      new TableColumn(col.ref('corporate_account_id', true)),
    ]);
    await qr.addColumns('folios', [new TableColumn(col.text('routed_to_kind', true, 10)), new TableColumn(col.ref('routed_to_id', true))]);
    await createTable(
      qr,
      'account_postings',
      [
        col.id(),
        col.ref('property_id'),
        col.text('account_kind', false, 10),
        col.ref('account_id'),
        col.ref('reservation_id'),
        col.text('description', false, 300),
        col.int('amount_minor'),
        col.text('currency', false, 3),
        { name: 'source_ref', type: 'varchar', length: '120', isUnique: true },
        col.timestamp('posted_at'),
      ],
      { indices: [{ columns: ['account_kind', 'account_id'] }] },
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('account_postings');
    for (const c of ['routed_to_id', 'routed_to_kind']) await qr.dropColumn('folios', c);
    for (const c of ['corporate_account_id', 'group_block_id']) await qr.dropColumn('reservations', c);
    await qr.dropTable('block_allotments');
    await qr.dropTable('group_blocks');
    await qr.dropColumn('rate_plans', 'corporate_account_id');
    await qr.dropTable('corporate_accounts');
  }
}
