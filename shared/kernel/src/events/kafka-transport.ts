import { Kafka, Partitioners, logLevel, type Admin, type Consumer, type KafkaConfig, type Producer, type IHeaders } from 'kafkajs';
import type { Logger } from '../observability/logger';
import type { TransportMessage } from './envelope';
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
}

function headersToStrings(h: IHeaders | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h ?? {})) {
    const one = Array.isArray(v) ? v[0] : v;
    if (one !== undefined) out[k] = Buffer.isBuffer(one) ? one.toString('utf8') : String(one);
  }
  return out;
}

const RETRIABLE_TOPIC_ERRORS = new Set(['UNKNOWN_TOPIC_OR_PARTITION', 'LEADER_NOT_AVAILABLE', 'NOT_CONTROLLER', 'REQUEST_TIMED_OUT']);

/** kafkajs error type names, from a protocol error or an aggregate of them. */
function errorTypes(err: unknown): string[] {
  const e = err as { type?: string; errors?: { type?: string }[] };
  if (e.errors?.length) return e.errors.map((x) => x.type ?? '');
  return e.type ? [e.type] : [];
}

/** Apache Kafka through kafkajs: idempotent producer with acks=all, one consumer per group. */
export class KafkaTransport implements EventTransport {
  readonly kind = 'kafka' as const;
  private readonly kafka: Kafka;
  private producer?: Producer;
  private admin?: Admin;
  private readonly consumers = new Set<Consumer>();
  private readonly knownTopics = new Set<string>();

  constructor(private readonly opts: KafkaTransportOptions) {
    const log = opts.logger.child({ component: 'kafkajs' });
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
    this.producer = this.kafka.producer({
      idempotent: true,
      maxInFlightRequests: 1,
      allowAutoTopicCreation: false,
      createPartitioner: Partitioners.DefaultPartitioner,
    });
    await this.producer.connect();
  }

  private get ns(): string {
    return this.opts.namespace ?? '';
  }

  async ensureTopics(topics: string[]): Promise<void> {
    const missing = topics.map((t) => this.ns + t).filter((t) => !this.knownTopics.has(t));
    if (missing.length === 0) return;
    for (let attempt = 1; ; attempt++) {
      try {
        await this.admin!.createTopics({
          waitForLeaders: true,
          topics: missing.map((topic) => ({
            topic,
            numPartitions: this.opts.partitions ?? 3,
            replicationFactor: this.opts.replicationFactor ?? 1,
          })),
        });
        break;
      } catch (err) {
        const types = errorTypes(err);
        // Another replica (or subgraph) created it between our metadata read and our request.
        if (types.length && types.every((t) => t === 'TOPIC_ALREADY_EXISTS')) break;
        // A busy broker may answer the leader wait before the new topic's metadata is visible.
        if (attempt < 10 && types.some((t) => RETRIABLE_TOPIC_ERRORS.has(t))) {
          await new Promise((r) => setTimeout(r, 200 * attempt));
          continue;
        }
        throw err;
      }
    }
    missing.forEach((t) => this.knownTopics.add(t));
  }

  async publish(messages: TransportMessage[]): Promise<void> {
    if (messages.length === 0) return;
    await this.ensureTopics([...new Set(messages.map((m) => m.topic))]);
    const byTopic = new Map<string, TransportMessage[]>();
    for (const m of messages) byTopic.set(this.ns + m.topic, [...(byTopic.get(this.ns + m.topic) ?? []), m]);
    await this.producer!.sendBatch({
      acks: -1,
      topicMessages: [...byTopic].map(([topic, msgs]) => ({
        topic,
        messages: msgs.map((m) => ({ key: m.key, value: m.value, headers: m.headers })),
      })),
    });
  }

  async subscribe(opts: SubscriptionOptions): Promise<Subscription> {
    await this.ensureTopics(opts.topics);
    const consumer = this.kafka.consumer({ groupId: this.ns + opts.groupId, allowAutoTopicCreation: false, retry: { retries: 10 } });
    await consumer.connect();
    // A topic another subgraph created a moment ago may not be in this broker's metadata yet.
    for (let attempt = 1; ; attempt++) {
      try {
        await consumer.subscribe({ topics: opts.topics.map((t) => this.ns + t), fromBeginning: true });
        break;
      } catch (err) {
        if (attempt >= 10 || !errorTypes(err).some((t) => RETRIABLE_TOPIC_ERRORS.has(t))) throw err;
        await new Promise((r) => setTimeout(r, 200 * attempt));
      }
    }
    await consumer.run({
      autoCommit: true,
      // Offsets are committed only after handle() resolves; the handler dead-letters what it gives up on.
      eachMessage: async ({ topic, partition, message }) => {
        const delivered: DeliveredMessage = {
          topic: topic.slice(this.ns.length),
          partition,
          offset: message.offset,
          key: message.key?.toString('utf8') ?? '',
          value: message.value?.toString('utf8') ?? '',
          headers: headersToStrings(message.headers),
        };
        await opts.handle(delivered);
      },
    });
    this.consumers.add(consumer);
    return {
      stop: async () => {
        this.consumers.delete(consumer);
        await consumer.disconnect();
      },
    };
  }

  async ping(): Promise<void> {
    await this.admin!.describeCluster();
  }

  async close(): Promise<void> {
    await Promise.all([...this.consumers].map((c) => c.disconnect()));
    this.consumers.clear();
    await this.producer?.disconnect();
    await this.admin?.disconnect();
  }
}
