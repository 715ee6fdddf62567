import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { Database, KERNEL_ENTITIES, KERNEL_MIGRATIONS, createLogger } from '@hotelops/kernel';
import { testConfig } from './config';
import { createPgDatabase, type TestDatabase } from './postgres';
import type { Dialect } from './subgraph-harness';

/**
 * A consumer's visible effect in event tests: one row per applied order settlement. What the
 * row's id is (the event id, or a fresh one so only the inbox keeps a redelivery from doubling
 * it) is the test handler's choice.
 */
@Entity('test_effects')
export class TestEffect {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;
}

export class TestEffects1764201600999 implements MigrationInterface {
  async up(qr: QueryRunner) {
    await qr.query('CREATE TABLE test_effects (id varchar(36) PRIMARY KEY, order_id varchar(36) NOT NULL)');
  }
  async down(qr: QueryRunner) {
    await qr.query('DROP TABLE test_effects');
  }
}

/** A kernel database with the effect table: SQLite, or a fresh PostgreSQL database dropped by `close`. */
export async function openEffectDatabase(
  service: string,
  dialect: Dialect,
): Promise<{ db: Database; pg?: TestDatabase; close(): Promise<void> }> {
  const pg = dialect === 'postgres' ? await createPgDatabase(`hotelops_effects_${service}`) : undefined;
  const config = testConfig({ DATABASE_URL: pg?.url });
  const db = new Database({
    service,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    entities: [...KERNEL_ENTITIES, TestEffect],
    migrations: [...KERNEL_MIGRATIONS, TestEffects1764201600999],
    logger: createLogger(service, 'silent'),
  });
  await db.open();
  return {
    db,
    pg,
    close: async () => {
      await db.close();
      await pg?.drop();
    },
  };
}

/** How many settlements have an effect, and how many effects there are in all (a redelivery applied twice shows here). */
export async function countEffects(db: Database): Promise<{ distinct: number; total: number }> {
  const [row] = await db.manager.query('SELECT count(DISTINCT order_id) AS "distinct", count(*) AS total FROM test_effects');
  return { distinct: Number(row.distinct), total: Number(row.total) };
}

/** A valid OrderSettled payload for the order. */
export const orderSettlement = (orderId: string) => ({
  orderId,
  propertyId: '11111111-1111-4111-8111-111111111111',
  outletId: '22222222-2222-4222-8222-222222222222',
  outletName: 'Lobby Bar',
  settlement: 'DIRECT' as const,
  reservationId: null,
  total: { amountMinor: 4800, currency: 'CNY' },
  settledAt: new Date().toISOString(),
  lines: [],
});
