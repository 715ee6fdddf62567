import { Kafka, Partitioners, logLevel, type Admin, type KafkaConfig, type Producer, type IHeaders } from 'kafkajs';
import type { Logger } from '../observability/logger';
import type { TransportMessage } from './envelope';
import { SupervisedConsumer } from './kafka-subscription';
import { ensureTopicsExist, isMissingTopicError } from './kafka-topics';
import type { DeliveredMessage, EventTransport, Subscription, SubscriptionOptions } from './transport';

export interface KafkaTransportOptions {
  brokers: string[];
  clientId: string;
  logger: Logger;
  partitions?: number;
  replicationFactor?: number;
  /** Prefix for every topic and consumer group (isolates test runs sharing one broker). */
  namespace?: string;
  /** TLS and SASL to the brokers (kafkaSecurityOptions maps the config to these). */
  security?: Pick<KafkaConfig, 'ssl' | 'sasl'>;
  /** how long start-up and recovery wait for a topic to become usable (default 60 s) */
  topicTimeoutMs?: number;
  /** a consumer that has fetched nothing for this long is not ready (default 30 s) */
  consumerStaleAfterMs?: number;
  /** partitions a consumer handles at the same time, each in its own order (default: `partitions`) */
  consumerConcurrency?: number;
}

/**
 * The prefix a namespace puts before every topic and consumer group: `staging` →
 * `staging.hotelops.reservations.reservation` (a separator is added unless the namespace ends
 * with one).
 */
export function namespacePrefix(namespace: string | undefined): string {
  if (!namespace) return '';
  return /[._-]$/.test(namespace) ? namespace : `${namespace}.`;
}

function headersToStrings(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one !== undefined) out[k] = Buffer.isBuffer(one) ? one.toString('utf8') : String(one);
  }
  return out;
}

/**
 * Apache Kafka through kafkajs: idempotent producer with acks=all, one supervised consumer per
 * group, which handles its partitions concurrently and each partition's messages in chunks.
 * Topics are created when missing — at start-up and again whenever the broker turns out to have
 * lost them (a new broker, a lost volume) — so producers and consumers recover by themselves.
 */
export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private producer?: Producer;
  private admin?: Admin;
  private readonly subscriptions = new Set<SupervisedConsumer>();
  /** topics seen usable since the last publish failure (cleared by one: the broker may have lost them) */
  private readonly knownTopics = new Set<string>();
  private clusterId?: string;
  /** false after a reconnect that failed (the broker was down): the next publish connects first */
  private producerConnected = false;
  private readonly prefix: string;

  constructor(private readonly opts: KafkaTransportOptions) {
    const log = opts.logger.child({ component: 'kafkajs' });
    this.prefix = namespacePrefix(opts.namespace);
    this.kafka = new Kafka({
      clientId: opts.clientId,
      brokers: opts.brokers,
      ...opts.security,
      retry: { retries: 8, initialRetryTime: 200 },
      logLevel: logLevel.WARN,
      logCreator:
        () =>
        ({ level, log: entry }) => {
          const { message, ...rest } = entry;
          if (level <= logLevel.ERROR) log.error(rest, message);
          else log.warn(rest, message);
        },
    });
  }

  async connect(): Promise<void> {
    this.admin = this.kafka.admin();
    await this.admin.connect();
    this.clusterId = (await this.admin.describeCluster()).clusterId;
    await this.connectProducer();
  }

  private async connectProducer(): Promise<void> {
    this.producerConnected = false;
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
      // the relay retries a failed batch with backoff; a short budget here lets it recover sooner
      retry: { retries: 5, initialRetryTime: 100, maxRetryTime: 2_000 },
    });
    await this.producer.connect();
    this.producerConnected = true;
  }

  /** The topic's name on the broker. */
  topicName(topic: string): string {
    return this.prefix + topic;
  }

  async ensureTopics(topics: string[]): Promise<void> {
    await this.ensureNamespaced(topics.map((t) => this.prefix + t));
  }

  private async ensureNamespaced(topics: string[]): Promise<void> {
    const missing = topics.filter((t) => !this.knownTopics.has(t));
    if (missing.length === 0) return;
    await ensureTopicsExist(this.admin!, missing, {
      partitions: this.opts.partitions ?? 3,
      replicationFactor: this.opts.replicationFactor ?? 1,
      timeoutMs: this.opts.topicTimeoutMs ?? 60_000,
    });
    missing.forEach((t) => this.knownTopics.add(t));
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const byTopic = new Map<string, TransportMessage[]>();
    for (const m of messages) {
      const topic = this.prefix + m.topic;
      const list = byTopic.get(topic);
      if (list) list.push(m);
      else byTopic.set(topic, [m]);
    }
    try {
      if (!this.producerConnected) await this.connectProducer();
      await this.ensureNamespaced([...byTopic.keys()]);
      await this.producer!.sendBatch({
        acks: -1,
        topicMessages: [...byTopic].map(([topic, msgs]) => ({
          topic,
          messages: msgs.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
        })),
      });
    } catch (err) {
      await this.recoverProducer(err);
      throw err;
    }
  }

  /**
   * After a failed publish nothing known about the broker is trusted: its topics are checked
   * (and re-created) again, and the idempotent producer starts over — a broker that lost its
   * data no longer knows the producer id, and kafkajs would keep failing with it.
   */
  private async recoverProducer(err: unknown): Promise<void> {
    this.knownTopics.clear();
    this.opts.logger.warn({ err, missingTopic: isMissingTopicError(err) }, 'kafka: publish failed; producer reset');
    // the next publish connects a new one (not here: the broker may still be down)
    this.producerConnected = false;
    await this.producer?.disconnect().catch(() => undefined);
  }

  /**
   * True when the brokers now answer with another cluster id than at the last check: a new
   * broker or a lost volume, whose topics lost whatever was published to them before.
   */
  async clusterReplaced(): Promise<boolean> {
    const { clusterId } = await this.admin!.describeCluster();
    const replaced = this.clusterId !== undefined && clusterId !== this.clusterId;
    this.clusterId = clusterId;
    if (replaced) this.knownTopics.clear();
    return replaced;
  }

  async subscribe(opts: SubscriptionOptions): Promise<Subscription & { problem(): string | undefined }> {
    const topics = opts.topics.map((t) => this.prefix + t);
    const supervised = new SupervisedConsumer({
      kafka: this.kafka,
      groupId: this.prefix + opts.groupId,
      topics,
      logger: this.opts.logger,
      staleAfterMs: this.opts.consumerStaleAfterMs,
      // a consumer's recovery re-creates its topics: never trust an earlier answer
      ensureTopics: async (names) => {
        names.forEach((t) => this.knownTopics.delete(t));
        await this.ensureNamespaced(names);
      },
      partitionsConsumedConcurrently: this.opts.consumerConcurrency ?? this.opts.partitions ?? 3,
      eachChunk: async (topic, partition, messages) => {
        const delivered = messages.map(
          (message): DeliveredMessage => ({
            topic: topic.slice(this.prefix.length),
            partition,
            offset: message.offset,
            key: message.key?.toString('utf8') ?? '',
            value: message.value?.toString('utf8') ?? '',
            headers: headersToStrings(message.headers),
          }),
        );
        if (opts.handleBatch) return opts.handleBatch(delivered);
        for (const msg of delivered) await opts.handle(msg);
      },
    });
    await supervised.start();
    this.subscriptions.add(supervised);
    return {
      problem: () => supervised.problem(),
      stop: async () => {
        this.subscriptions.delete(supervised);
        await supervised.stop();
      },
    };
  }

  async ping(): Promise<void> {
    await this.admin!.describeCluster();
  }

  async close(): Promise<void> {
    await Promise.all([...this.subscriptions].map((c) => c.stop()));
    this.subscriptions.clear();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
  }
}
