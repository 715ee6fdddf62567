// A consumer as its own process (compiled kernel, as production runs it), for the chaos test
// that SIGKILLs it in the middle of a batch. Env: DATABASE_URL, KAFKA_BROKERS, KAFKA_NAMESPACE.
require('reflect-metadata');
const { randomUUID } = require('node:crypto');
const { EntitySchema } = require('typeorm');
const { OrderSettled } = require('@hotelops/contracts');
const {
  Database,
  EventConsumer,
  KafkaTransport,
  KERNEL_ENTITIES,
  KERNEL_MIGRATIONS,
  ServiceMetrics,
  createLogger,
  on,
} = require('@hotelops/kernel');

// The effect table of shared/testing's effects.ts (TestEffect), restated: this process runs
// compiled code only, and the testing package is not compiled.
const TestEffect = new EntitySchema({
  name: 'TestEffect',
  tableName: 'test_effects',
  columns: { id: { type: 'varchar', length: 36, primary: true }, orderId: { name: 'order_id', type: 'varchar', length: 36 } },
});
class TestEffects1764201600999 {
  async up(qr) {
    await qr.query('CREATE TABLE test_effects (id varchar(36) PRIMARY KEY, order_id varchar(36) NOT NULL)');
  }
  async down(qr) {
    await qr.query('DROP TABLE test_effects');
  }
}

async function main() {
  const logger = createLogger('chaos-consumer', 'info');
  const db = new Database({
    service: 'reservations',
    databaseUrl: process.env.DATABASE_URL,
    dataDir: '.',
    entities: [...KERNEL_ENTITIES, TestEffect],
    migrations: [...KERNEL_MIGRATIONS, TestEffects1764201600999],
    logger,
  });
  await db.open();
  const transport = new KafkaTransport({
    brokers: process.env.KAFKA_BROKERS.split(','),
    clientId: 'chaos-consumer',
    logger,
    namespace: process.env.KAFKA_NAMESPACE,
  });
  await transport.connect();
  const consumer = new EventConsumer({
    db,
    transport,
    groupId: 'hotelops.chaos',
    // A little work per event, so a kill lands in the middle of a batch (a chunk of up to 200
    // events commits at once: 10 ms each keeps the second chunks in flight when the test kills).
    handlers: [
      on(OrderSettled, async (event, em) => {
        await em.insert('TestEffect', { id: randomUUID(), orderId: event.data.orderId });
        await new Promise((r) => setTimeout(r, 10));
      }),
    ],
    logger,
    metrics: new ServiceMetrics('chaos', { defaultMetrics: false }),
    maxAttempts: 5,
    retryBaseMs: 20,
  });
  await consumer.start();
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
