import { Column, Entity, PrimaryColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { OrderSettled } from '@hotelops/contracts';
import { Database, KERNEL_ENTITIES, KERNEL_MIGRATIONS, createLogger, on, type HandlerRegistration } from '@hotelops/kernel';
import { createPgDatabase, testConfig, type Dialect, type TestDatabase } from '@hotelops/testing';

/** A consumer's visible effect: one row per applied order settlement. */
@Entity('test_effects')
export class TestEffect {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'order_id', type: 'varchar', length: 36 })
  orderId: string;
}

class TestEffects1764201600999 implements MigrationInterface {
  async up(qr: QueryRunner) {
    await qr.query('CREATE TABLE test_effects (id varchar(36) PRIMARY KEY, order_id varchar(36) NOT NULL)');
  }
  async down(qr: QueryRunner) {
    await qr.query('DROP TABLE test_effects');
  }
}

export const POISON_ORDER_ID = '99999999-9999-4999-8999-999999999999';

/** Applies settlements; throws for the poison order id, every time. */
export const effectHandlers: HandlerRegistration[] = [
  on(OrderSettled, async (event, em) => {
    if (event.data.orderId === POISON_ORDER_ID) throw new Error('cannot post to a closed folio');
    await em.insert(TestEffect, { id: event.id, orderId: event.data.orderId });
  }),
];

export async function openTestDatabase(
  service: string,
  dialect: Dialect,
): Promise<{ db: Database; pg?: TestDatabase; close(): Promise<void> }> {
  const pg = dialect === 'postgres' ? await createPgDatabase(`hotelops_kernel_${service}`) : undefined;
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
