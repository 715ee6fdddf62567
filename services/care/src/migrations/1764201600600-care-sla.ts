import { TableColumn, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable } from '@hotelops/kernel';

/** SLA policies per category and severity; each case carries its clocks and escalation level. */
export class CareSla1764201600600 implements MigrationInterface {
  name = 'CareSla1764201600600';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'sla_policies',
      [
        col.id(),
        col.ref('property_id'),
        col.text('category', false, 80),
        col.text('severity', false, 10),
        col.int('first_response_minutes'),
        col.int('resolution_minutes'),
        col.int('warn_before_minutes'),
        col.int('escalate_after_minutes'),
        col.timestamp('created_at'),
        col.timestamp('updated_at'),
      ],
      { indices: [{ columns: ['property_id', 'category', 'severity'], unique: true }] },
    );
    await qr.addColumns(
      'cases',
      [
        col.ref('sla_policy_id', true),
        col.timestamp('first_response_due_at', true),
        col.timestamp('resolution_due_at', true),
        col.timestamp('sla_paused_at', true),
        col.int('sla_warn_minutes', false, 0),
        col.int('sla_escalate_minutes', false, 0),
        col.timestamp('sla_due_at', true),
        col.int('escalation_level', false, 0),
        col.timestamp('next_escalation_at', true),
      ].map((c) => new TableColumn(c)),
    );
    // The sweep reads only cases whose next escalation is due; the duty manager's watchlist orders by due time.
    await qr.createIndex('cases', new TableIndex({ name: 'ix_cases_next_escalation_at', columnNames: ['next_escalation_at'] }));
    await qr.createIndex('cases', new TableIndex({ name: 'ix_cases_property_id_sla_due_at', columnNames: ['property_id', 'sla_due_at'] }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropIndex('cases', 'ix_cases_property_id_sla_due_at');
    await qr.dropIndex('cases', 'ix_cases_next_escalation_at');
    for (const c of [
      'next_escalation_at',
      'escalation_level',
      'sla_due_at',
      'sla_escalate_minutes',
      'sla_warn_minutes',
      'sla_paused_at',
      'resolution_due_at',
      'first_response_due_at',
      'sla_policy_id',
    ])
      await qr.dropColumn('cases', c);
    await qr.dropTable('sla_policies');
  }
}
