import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Until when a job's current run holds it (database clock, epoch ms; 0 when none runs): the
 * exclusion among replicas is a lease row, not an advisory lock, so a run holds no database
 * connection while it works (job-lease.ts).
 */
export class KernelJobRunLeases1764201600030 implements MigrationInterface {
  name = 'KernelJobRunLeases1764201600030';

  async up(qr: QueryRunner): Promise<void> {
    await qr.addColumn('kernel_job_runs', new TableColumn({ name: 'running_until_ms', type: 'bigint', default: 0 }));
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropColumn('kernel_job_runs', 'running_until_ms');
  }
}
