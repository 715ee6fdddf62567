import { randomUUID } from 'node:crypto';
import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { OrderSettled } from '@hotelops/contracts';
import { Database, KERNEL_ENTITIES, KERNEL_MIGRATIONS, Outbox, createLogger, on, type HandlerRegistration } from '@hotelops/kernel';
import { createPgDatabase, testConfig, type Dialect, type TestDatabase } from '@hotelops/testing';

/**
 * A consumer's effect that is NOT idempotent by itself: one row per application, with a fresh
 * id. Only the kernel's inbox keeps a redelivered event from doubling it, which is what the
 * chaos tests count.
 */
@Entity('chaos_effects')
export class ChaosEffect {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;
}

class ChaosEffects1764201600998 implements MigrationInterface {
  async up(qr: QueryRunner) {
    await qr.query('CREATE TABLE chaos_effects (id varchar(36) PRIMARY KEY, order_id varchar(36) NOT NULL)');
  }
  async down(qr: QueryRunner) {
    await qr.query('DROP TABLE chaos_effects');
  }
}

export const chaosHandlers: HandlerRegistration[] = [
  on(OrderSettled, async (event, em) => {
    await em.insert(ChaosEffect, { id: randomUUID(), orderId: event.data.orderId });
  }),
];

/** A kernel database with the effect table (SQLite or a fresh PostgreSQL database). */
export async function openChaosDatabase(service: string, dialect: Dialect): Promise<{ db: Database; close(): Promise<void> }> {
  const pg: TestDatabase | undefined = dialect === 'postgres' ? await createPgDatabase(`hotelops_chaos_${service}`) : undefined;
  const config = testConfig({ DATABASE_URL: pg?.url });
  const db = new Database({
    service,
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    entities: [...KERNEL_ENTITIES, ChaosEffect],
    migrations: [...KERNEL_MIGRATIONS, ChaosEffects1764201600998],
    logger: createLogger(service, 'silent'),
  });
  await db.open();
  return {
    db,
    close: async () => {
      await db.close();
      await pg?.drop();
    },
  };
}

export const settlement = (orderId: string) => ({
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

/** Commits `count` settlements through the producer's outbox, `perTick` at a time, `pauseMs` apart. */
export async function streamSettlements(
  db: Database,
  count: number,
  opts: { perTick: number; pauseMs: number; onProgress?: (n: number) => void },
): Promise<string[]> {
  const outbox = new Outbox('fnb');
  const ids: string[] = [];
  while (ids.length < count) {
    const batch = Array.from({ length: Math.min(opts.perTick, count - ids.length) }, () => randomUUID());
    await db.transaction(async (em) => {
      for (const id of batch) await outbox.add(em, OrderSettled, settlement(id), { subject: id, propertyId: settlement(id).propertyId });
    });
    ids.push(...batch);
    opts.onProgress?.(ids.length);
    await new Promise((r) => setTimeout(r, opts.pauseMs));
  }
  return ids;
}

/** How many settlements have an effect, and how many effects there are in all (a redelivery applied twice shows here). */
export async function countEffects(db: Database): Promise<{ distinct: number; total: number }> {
  const [row] = await db.manager.query('SELECT count(DISTINCT order_id) AS "distinct", count(*) AS total FROM chaos_effects');
  return { distinct: Number(row.distinct), total: Number(row.total) };
}
