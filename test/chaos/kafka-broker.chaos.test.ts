import { EventConsumer, KafkaTransport, OutboxRelay, ServiceMetrics, createLogger } from '@hotelops/kernel';
import { countEffects, eventually, openEffectDatabase, runId, startPrivateBroker, type PrivateBroker } from '@hotelops/testing';
import { chaosHandlers, streamSettlements } from './chaos-effects';

/**
 * The broker goes away mid-stream — stopped and started with its data, or wiped and started
 * empty (a new broker, a lost volume) — while a producer commits 1,000 events through its
 * outbox and a consumer applies them. Nothing is restarted but the broker: every event must
 * have exactly one effect. On a private broker (the shared one is never touched).
 */
describe('chaos: the Kafka broker goes away mid-stream', () => {
  const EVENTS = 1_000;
  const logger = createLogger('chaos', process.env.TEST_LOG_LEVEL ?? 'silent');
  const metrics = () => new ServiceMetrics('chaos', { defaultMetrics: false });
  let broker: PrivateBroker;

  beforeAll(async () => {
    broker = await startPrivateBroker();
  }, 150_000);
  afterAll(async () => {
    await broker?.destroy();
  }, 60_000);

  async function pipeline() {
    const namespace = `chaos${runId()}`;
    const producerDb = await openEffectDatabase('fnb', 'sqlite');
    const consumerDb = await openEffectDatabase('reservations', 'postgres');
    const transport = (clientId: string) =>
      new KafkaTransport({ brokers: [broker.brokers], clientId, logger, namespace, consumerStaleAfterMs: 10_000 });
    const producerTransport = transport('chaos-producer');
    const consumerTransport = transport('chaos-consumer');
    await producerTransport.connect();
    await consumerTransport.connect();
    const relay = new OutboxRelay(producerDb.db, producerTransport, logger, metrics(), { pollMs: 50 });
    const consumer = new EventConsumer({
      db: consumerDb.db,
      transport: consumerTransport,
      groupId: 'hotelops.chaos',
      handlers: chaosHandlers,
      logger,
      metrics: metrics(),
      maxAttempts: 5,
      retryBaseMs: 20,
    });
    await consumer.start();
    relay.start();
    return {
      producerDb: producerDb.db,
      consumerDb: consumerDb.db,
      relay,
      consumer,
      close: async () => {
        await relay.stop();
        await consumer.stop();
        await producerTransport.close().catch(() => undefined);
        await consumerTransport.close().catch(() => undefined);
        await producerDb.close();
        await consumerDb.close();
      },
    };
  }

  /** Streams EVENTS settlements; after the first 300 the broker is taken down by `outage` and brought back. */
  async function streamThrough(outage: () => Promise<void>) {
    const p = await pipeline();
    let readinessSawTrouble = false;
    const watch = setInterval(() => (readinessSawTrouble ||= !!p.consumer.problem() || !!p.relay.problem()), 200);
    try {
      let down: Promise<void> | undefined;
      await streamSettlements(p.producerDb, EVENTS, {
        perTick: 10,
        pauseMs: 20,
        onProgress: (n) => {
          if (n >= 300 && !down) down = outage();
        },
      });
      await down;
      await eventually(async () => expect(await countEffects(p.consumerDb)).toMatchObject({ distinct: EVENTS }), {
        // a bound on waiting for the outcome, not a timing assertion: a loaded 2-core CI machine drains slowly
        timeoutMs: 60_000,
      });
      // no event was applied twice, though some were delivered again
      expect(await countEffects(p.consumerDb)).toEqual({ distinct: EVENTS, total: EVENTS });
      // readiness told the truth meanwhile, and is back to ready
      expect(readinessSawTrouble).toBe(true);
      await eventually(() => expect([p.consumer.problem(), p.relay.problem()]).toEqual([undefined, undefined]));
    } finally {
      clearInterval(watch);
      await p.close();
    }
  }

  it('stopped and started with its data: 1,000 events, each applied once', async () => {
    await streamThrough(async () => {
      await broker.stop();
      await broker.start();
    });
  }, 120_000);

  it('wiped and started empty (topics, offsets and cluster gone): 1,000 events, each applied once', async () => {
    await streamThrough(async () => {
      await broker.stop({ wipe: true });
      await broker.start();
    });
  }, 120_000);
});
