import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { IsNull, Not } from 'typeorm';
import { OrderSettled, ReservationCreated } from '@hotelops/contracts';
import { KafkaTransport, OutboxRelay, OutboxRow, ServiceMetrics, SubgraphApp, createLogger, namespacePrefix } from '@hotelops/kernel';
import { careSubgraph } from '@hotelops/care';
import {
  createPgDatabase,
  openEffectDatabase,
  orderSettlement,
  eventMessage,
  eventually,
  runId,
  startNodeProcess,
  startPrivateBroker,
  startSubgraph,
  testConfig,
  type NodeProcess,
  type PrivateBroker,
  type RunningSubgraph,
} from '@hotelops/testing';
import { streamSettlements } from './chaos-effects';

/**
 * Consumers under faults, on a private broker: two replicas of a subgraph starting at once
 * against a broker without their topics; a subgraph whose consumer cannot join its group yet
 * (publishes anyway, and says it is not ready); a consumer process SIGKILLed mid-batch and
 * started again (1,000 events, each applied once). The consumer process runs the compiled
 * kernel: needs `npm run build`.
 */
describe('chaos: consumers', () => {
  const logger = createLogger('chaos', process.env.TEST_LOG_LEVEL ?? 'silent');
  let broker: PrivateBroker;
  const running: RunningSubgraph[] = [];
  const processes: NodeProcess[] = [];

  beforeAll(async () => {
    broker = await startPrivateBroker();
  }, 150_000);
  afterEach(async () => {
    for (const p of processes.splice(0)) p.child.kill('SIGKILL');
    await Promise.allSettled(running.splice(0).map((s) => s.stop()));
  });
  afterAll(async () => {
    await broker?.destroy();
  }, 60_000);

  const ready = async (s: RunningSubgraph) => {
    const res = await fetch(s.url.replace(/\/graphql$/, '/health/ready'));
    return { status: res.status, body: (await res.json()) as { checks: Record<string, string> } };
  };

  it('two replicas started at once against a broker without their topics both start and consume', async () => {
    const namespace = `race${runId()}.`;
    const start = () => startSubgraph(careSubgraph, { env: { KAFKA_BROKERS: broker.brokers, KAFKA_NAMESPACE: namespace } });
    const replicas = await Promise.all([start(), start()]);
    running.push(...replicas);
    for (const r of replicas) await eventually(async () => expect(await ready(r)).toMatchObject({ status: 200 }));
    // the group shares the partitions: an event published now is applied by one of them
    const producer = new KafkaTransport({ brokers: [broker.brokers], clientId: 'race-producer', logger, namespace });
    await producer.connect();
    try {
      const reservationId = randomUUID();
      await producer.publish([
        eventMessage(ReservationCreated, reservationCreated(reservationId), { subject: reservationId, propertyId: PROPERTY }),
      ]);
      await eventually(async () => {
        const seen = await Promise.all(replicas.map((r) => r.app.deps.db.manager.query('SELECT count(*) AS n FROM inbox')));
        expect(seen.reduce((sum, [row]) => sum + Number(row.n), 0)).toBe(1);
      });
    } finally {
      await producer.close();
    }
  }, 60_000);

  it('publishes its outbox before its consumer has joined the group, and is not ready until it has', async () => {
    const namespace = `join${runId()}.`;
    const app = new SubgraphApp(careSubgraph, { config: testConfig({ KAFKA_BROKERS: broker.brokers, KAFKA_NAMESPACE: namespace }) });
    const topics = app.consumer.topics;
    const admin = new KafkaTransport({ brokers: [broker.brokers], clientId: 'join-admin', logger, namespace });
    await admin.connect();
    await admin.ensureTopics(topics);
    // A member of the same group stuck in a message: the group cannot finish a rebalance without it.
    const kafka = new Kafka({ brokers: [broker.brokers], clientId: 'blocker', logLevel: logLevel.NOTHING });
    // its own long session and rebalance timeouts: the group waits for it that long
    const blocker = kafka.consumer({
      groupId: `${namespacePrefix(namespace)}hotelops.care`,
      sessionTimeout: 60_000,
      rebalanceTimeout: 60_000,
    });
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let holding = false;
    await blocker.connect();
    await blocker.subscribe({ topics: topics.map((t) => admin.topicName(t)), fromBeginning: true });
    await blocker.run({
      eachMessage: async () => {
        holding = true;
        await released;
      },
    });
    const reservationId = randomUUID();
    await admin.publish([
      eventMessage(ReservationCreated, reservationCreated(reservationId), { subject: reservationId, propertyId: PROPERTY }),
    ]);
    await eventually(() => expect(holding).toBe(true));

    const starting = app.start();
    try {
      const base = await eventually(() => app.url.replace(/\/graphql$/, ''));
      // an event committed now is published while the consumer still waits for its group
      const orderId = randomUUID();
      await app.deps.db.transaction((em) =>
        app.deps.outbox.add(em, OrderSettled, orderSettlement(orderId), { subject: orderId, propertyId: PROPERTY }),
      );
      await eventually(async () =>
        expect(await app.deps.db.manager.countBy(OutboxRow, { messageKey: orderId, publishedAt: Not(IsNull()) })).toBe(1),
      );
      const waiting = await fetch(`${base}/health/ready`);
      expect(waiting.status).toBe(503);
      expect(((await waiting.json()) as { checks: Record<string, string> }).checks).toMatchObject({
        database: 'ok',
        kafka: 'ok',
        relay: 'ok',
        consumer: expect.stringContaining('has not joined'),
      });
      release();
      await starting;
      await eventually(async () => expect((await fetch(`${base}/health/ready`)).status).toBe(200));
    } finally {
      release();
      await starting.catch(() => undefined);
      await app.stop();
      await blocker.disconnect();
      await admin.close();
    }
  }, 90_000);

  it('a consumer process SIGKILLed mid-batch and started again: 1,000 events, each applied once', async () => {
    const namespace = `kill${runId()}.`;
    const pg = await createPgDatabase('hotelops_chaos_kill');
    const producerDb = await openEffectDatabase('fnb', 'sqlite');
    const producerTransport = new KafkaTransport({ brokers: [broker.brokers], clientId: 'kill-producer', logger, namespace });
    await producerTransport.connect();
    const relay = new OutboxRelay(producerDb.db, producerTransport, logger, new ServiceMetrics('chaos', { defaultMetrics: false }), {
      pollMs: 50,
    });
    const effects = new Client({ connectionString: pg.url });
    const env = { DATABASE_URL: pg.url, KAFKA_BROKERS: broker.brokers, KAFKA_NAMESPACE: namespace };
    const startConsumer = async () => {
      const p = startNodeProcess('test/chaos/consumer-process.cjs', env);
      processes.push(p);
      await p.waitForLog((l) => l.msg === 'consumer running');
      return p;
    };
    const count = async () => {
      const { rows } = await effects.query(
        'SELECT count(DISTINCT order_id)::int AS "distinct", count(*)::int AS total FROM reservations.test_effects',
      );
      return rows[0] as { distinct: number; total: number };
    };
    try {
      relay.start();
      await streamSettlements(producerDb.db, 1_000, { perTick: 100, pauseMs: 0 });
      const first = await startConsumer();
      await effects.connect();
      await eventually(async () => expect((await count()).distinct).toBeGreaterThanOrEqual(300), { timeoutMs: 30_000 });
      first.child.kill('SIGKILL');
      await first.exited;
      const partial = await count();
      expect(partial.distinct).toBeLessThan(1_000); // killed mid-stream, not after it
      await startConsumer();
      await eventually(async () => expect((await count()).distinct).toBe(1_000), { timeoutMs: 40_000 });
      expect(await count()).toEqual({ distinct: 1_000, total: 1_000 });
    } finally {
      await relay.stop();
      await producerTransport.close();
      await producerDb.close();
      await effects.end().catch(() => undefined);
      for (const p of processes.splice(0)) p.child.kill('SIGKILL');
      await pg.drop();
    }
  }, 90_000);
});

const PROPERTY = '11111111-1111-4111-8111-111111111111';
const reservationCreated = (reservationId: string) => ({
  reservationId,
  propertyId: PROPERTY,
  confirmationNumber: 'HX-1',
  roomTypeId: randomUUID(),
  arrival: '2030-01-01',
  departure: '2030-01-03',
  status: 'CONFIRMED',
  channel: 'DIRECT',
});
