import type { MigrationInterface, QueryRunner } from 'typeorm';
import { createTable } from '../db/migration-kit';

/**
 * When each scheduled job last started (database clock, epoch ms): the lease that makes a job run
 * once per interval across replicas, not once per replica (job-lease.ts).
 */
export class KernelJobRuns1764201600020 implements MigrationInterface {
  name = 'KernelJobRuns1764201600020';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'kernel_job_runs', [
      { name: 'job', type: 'varchar', length: '200', isPrimary: true },
      { name: 'last_started_ms', type: 'bigint' },
    ]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('kernel_job_runs');
  }
}
