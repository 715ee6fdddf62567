import type { DataSource } from 'typeorm';

/** Stable advisory-lock key for migrating one schema. */
function migrationLockKey(schema: string): number {
  let h = 7_340_033;
  for (const ch of `migrations:${schema}`) h = (Math.imul(h, 31) + ch.charCodeAt(0)) | 0;
  return h;
}

/**
 * Runs `migrate` holding a session advisory lock on PostgreSQL, so replicas starting at once
 * migrate one after the other: the first applies the migrations, the others then find none
 * pending (without it both would try the same CREATE TABLE and one would crash on start-up).
 */
export async function withMigrationLock(dataSource: DataSource, schema: string, migrate: () => Promise<void>): Promise<void> {
  const qr = dataSource.createQueryRunner();
  await qr.connect();
  const key = migrationLockKey(schema);
  try {
    await qr.query('SELECT pg_advisory_lock($1)', [key]);
    await migrate();
  } finally {
    await qr.query('SELECT pg_advisory_unlock($1)', [key]).catch(() => undefined);
    await qr.release();
  }
}
