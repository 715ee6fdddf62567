import { randomUUID } from 'node:crypto';
import { Kafka, logLevel } from 'kafkajs';
import { OrderSettled } from '@hotelops/contracts';
import {
  EventConsumer,
  KafkaTransport,
  Outbox,
  OutboxRelay,
  OutboxRow,
  ServiceMetrics,
  createLogger,
  deadLetterTopic,
} from '@hotelops/kernel';
import { TestEffect, eventMessage, eventually, kafkaBrokers, openEffectDatabase, orderSettlement, runId } from '@hotelops/testing';
import { IsNull } from 'typeorm';
import { POISON_ORDER_ID, effectHandlers } from './event-fixture';

/**
 * Real Kafka: the producing service's outbox (SQLite) → relay → broker → the consuming
 * service's idempotent consumer (PostgreSQL). `npm test` starts the broker and sets KAFKA_BROKERS.
 */
describe('events over Apache Kafka', () => {
  const brokers = kafkaBrokers()?.split(',');
  const namespace = `t${runId()}.`;
  const logger = createLogger('kafka-test', 'silent');
  const metrics = () => new ServiceMetrics('test', { defaultMetrics: false });
  let producerDb: Awaited<ReturnType<typeof openEffectDatabase>>;
  let consumerDb: Awaited<ReturnType<typeof openEffectDatabase>>;
  let producerTransport: KafkaTransport;
  let consumerTransport: KafkaTransport;
  let relay: OutboxRelay;
  let consumer: EventConsumer;

  beforeAll(async () => {
    if (!brokers) throw new Error('KAFKA_BROKERS is not set: run the suite with `npm test`');
    producerDb = await openEffectDatabase('fnb', 'sqlite');
    consumerDb = await openEffectDatabase('reservations', 'postgres');
    producerTransport = new KafkaTransport({ brokers, clientId: 'test-producer', logger, namespace });
    consumerTransport = new KafkaTransport({ brokers, clientId: 'test-consumer', logger, namespace });
    await producerTransport.connect();
    await consumerTransport.connect();
    relay = new OutboxRelay(producerDb.db, producerTransport, logger, metrics(), { pollMs: 100 });
    consumer = new EventConsumer({
      db: consumerDb.db,
      transport: consumerTransport,
      groupId: 'hotelops.reservations',
      handlers: effectHandlers,
      logger,
      metrics: metrics(),
      maxAttempts: 2,
      retryBaseMs: 10,
    });
    await consumer.start();
    relay.start();
  }, 60_000);

  afterAll(async () => {
    await relay?.stop();
    await consumer?.stop();
    await producerTransport?.close();
    await consumerTransport?.close();
    await producerDb?.close();
    await consumerDb?.close();
  });

  const publishViaOutbox = (orderId: string) =>
    producerDb.db.transaction((em) =>
      new Outbox('fnb').add(em, OrderSettled, orderSettlement(orderId), {
        subject: orderId,
        propertyId: orderSettlement(orderId).propertyId,
      }),
    );

  it('publishes committed outbox rows and the other service applies them', async () => {
    const orderId = randomUUID();
    await publishViaOutbox(orderId);
    await eventually(async () => expect(await consumerDb.db.manager.countBy(TestEffect, { orderId })).toBe(1));
    expect(await producerDb.db.manager.countBy(OutboxRow, { publishedAt: IsNull() })).toBe(0);
  });

  it('applies a message delivered twice only once', async () => {
    const orderId = randomUUID();
    const msg = eventMessage(OrderSettled, orderSettlement(orderId), { subject: orderId, propertyId: orderSettlement(orderId).propertyId });
    await producerTransport.publish([msg, msg]);
    const marker = randomUUID();
    await publishViaOutbox(marker); // same consumer, later message: once it is applied, both copies were handled
    await eventually(async () => expect(await consumerDb.db.manager.countBy(TestEffect, { orderId: marker })).toBe(1));
    expect(await consumerDb.db.manager.countBy(TestEffect, { orderId })).toBe(1);
  });

  it('dead-letters a poison message and still processes the next one on its partition', async () => {
    const key = randomUUID();
    const poison = eventMessage(OrderSettled, orderSettlement(POISON_ORDER_ID), {
      subject: key,
      propertyId: orderSettlement(key).propertyId,
    });
    const nextOrder = randomUUID();
    const next = eventMessage(OrderSettled, orderSettlement(nextOrder), { subject: key, propertyId: orderSettlement(key).propertyId });
    await producerTransport.publish([poison, next]); // same key → same partition, poison first

    await eventually(async () => expect(await consumerDb.db.manager.countBy(TestEffect, { orderId: nextOrder })).toBe(1));

    const kafka = new Kafka({ brokers: brokers!, clientId: 'dlq-reader', logLevel: logLevel.NOTHING });
    const reader = kafka.consumer({ groupId: `${namespace}dlq-reader` });
    const letters: { id?: string; error?: string }[] = [];
    await reader.connect();
    await reader.subscribe({ topic: namespace + deadLetterTopic(OrderSettled.topic, 'hotelops.reservations'), fromBeginning: true });
    await reader.run({
      eachMessage: async ({ message }) => {
        letters.push({ id: message.headers?.ce_id?.toString(), error: message.headers?.['dlq-error']?.toString() });
      },
    });
    try {
      await eventually(() => expect(letters).toContainEqual({ id: poison.headers.ce_id, error: 'cannot post to a closed folio' }), {
        timeoutMs: 30_000,
      });
    } finally {
      await reader.disconnect();
    }
  });
});
