import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col } from '@hotelops/kernel';

/** Day-end close needs an approval: its status, the approver's role, when and why, and the cash difference it looked at. */
export class FnbDayCloseApproval1764201600340 implements MigrationInterface {
  name = 'FnbDayCloseApproval1764201600340';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumns(
      'business_days',
      [
        { ...col.text('status', false, 20), default: "'CLOSED'" },
        col.text('approved_by_role', true, 30),
        col.text('approval_reason', true, 500),
        col.timestamp('approved_at', true),
        col.int('over_short_exposure_minor', false, 0),
      ].map((c) => new TableColumn(c)),
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const c of ['over_short_exposure_minor', 'approved_at', 'approval_reason', 'approved_by_role', 'status'])
      await qr.dropColumn('business_days', c);
  }
}
