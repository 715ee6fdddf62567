import type { Consumer, Kafka, KafkaMessage } from 'kafkajs';
import type { Logger } from '../observability/logger';
import { isMissingTopicError } from './kafka-topics';
import type { Subscription } from './transport';

export interface SupervisedConsumerOptions {
  kafka: Kafka;
  /** namespaced group id and topics, as the broker knows them */
  groupId: string;
  topics: string[];
  /** creates the topics that are missing and waits until they are usable */
  ensureTopics: (topics: string[]) => Promise<void>;
  /** handles consecutive messages of one partition, in order; resolves once every one reached its outcome */
  eachChunk: (topic: string, partition: number, messages: KafkaMessage[]) => Promise<void>;
  /** messages handed to `eachChunk` at most at once (default 200) */
  chunkSize?: number;
  /** partitions handled at the same time, each in its own order (default 1) */
  partitionsConsumedConcurrently?: number;
  logger: Logger;
  /** a joined consumer that has fetched nothing for this long is reported as not consuming */
  staleAfterMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * One consumer group member that keeps itself consuming. kafkajs restarts a crashed consumer
 * only for some errors and never brings back a topic a broker lost, so a broker that came back
 * empty left consumers crash-looping forever. Here every crash is handled the same way: a fresh
 * consumer is built after the missing topics are re-created, with backoff, until it runs again.
 * `problem()` says why it is not consuming (readiness reports it).
 */
export class SupervisedConsumer implements Subscription {
  private consumer?: Consumer;
  private state: 'starting' | 'joined' | 'recovering' | 'stopped' = 'starting';
  private lastError?: string;
  private lastActivity = Date.now();
  private recovery?: Promise<void>;

  constructor(private readonly opts: SupervisedConsumerOptions) {}

  /** Subscribes and runs; resolves once the consumer has joined its group. */
  async start(): Promise<void> {
    await this.opts.ensureTopics(this.opts.topics);
    await this.runOnce();
  }

  /** Why this member is not consuming now, or undefined when it is. */
  problem(): string | undefined {
    const group = this.opts.groupId;
    if (this.state === 'stopped') return `consumer ${group} is stopped`;
    if (this.state === 'starting') return `consumer ${group} has not joined its group yet`;
    if (this.state === 'recovering') return `consumer ${group} is recovering from: ${this.lastError ?? 'a crash'}`;
    const idle = Date.now() - this.lastActivity;
    if (idle > (this.opts.staleAfterMs ?? 30_000)) return `consumer ${group} has fetched nothing for ${Math.round(idle / 1000)} s`;
    return undefined;
  }

  async stop(): Promise<void> {
    this.state = 'stopped';
    await this.recovery?.catch(() => undefined);
    await this.consumer?.disconnect().catch(() => undefined);
    this.consumer = undefined;
  }

  private async runOnce(): Promise<void> {
    const { kafka, groupId, topics, logger } = this.opts;
    const consumer = kafka.consumer({
      groupId,
      allowAutoTopicCreation: false,
      // A member that died without leaving (a SIGKILL, a crash while the broker was away) holds
      // up the group's next rebalance until its session expires: keep that short.
      sessionTimeout: 10_000,
      heartbeatInterval: 1_000,
      rebalanceTimeout: 30_000,
      // a short retry budget: a crash comes soon and is recovered here, topics included
      retry: { retries: 5, initialRetryTime: 200, maxRetryTime: 3_000, restartOnFailure: async () => false },
    });
    this.consumer = consumer;
    const touch = () => (this.lastActivity = Date.now());
    consumer.on(consumer.events.GROUP_JOIN, () => {
      if (this.consumer !== consumer || this.state === 'stopped') return;
      this.state = 'joined';
      touch();
    });
    consumer.on(consumer.events.FETCH, touch);
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (this.consumer !== consumer || this.state === 'stopped') return;
      this.crashed(payload.error);
    });
    this.state = 'starting';
    touch();
    try {
      await consumer.connect();
      // A topic another replica created a moment ago may not be in this client's metadata yet.
      for (let attempt = 1; ; attempt++) {
        try {
          await consumer.subscribe({ topics, fromBeginning: true });
          break;
        } catch (err) {
          if (attempt >= 20 || !isMissingTopicError(err)) throw err;
          await sleep(Math.min(1000, 100 * attempt));
        }
      }
      const chunkSize = this.opts.chunkSize ?? 200;
      await consumer.run({
        autoCommit: true,
        // resolved offsets are committed at least once a second within a long batch, and after it
        autoCommitInterval: 1_000,
        partitionsConsumedConcurrently: this.opts.partitionsConsumedConcurrently ?? 1,
        // An offset is resolved only after its chunk's handler resolved (it dead-letters what it
        // gives up on); a throw leaves the rest of the batch to be fetched again.
        eachBatchAutoResolve: false,
        eachBatch: async ({ batch, resolveOffset, heartbeat, commitOffsetsIfNecessary, isRunning, isStale }) => {
          for (let i = 0; i < batch.messages.length; i += chunkSize) {
            // stopping, or the partition was taken away or rewound: what is unresolved comes again
            if (!isRunning() || isStale()) return;
            touch();
            const chunk = batch.messages.slice(i, i + chunkSize);
            await this.opts.eachChunk(batch.topic, batch.partition, chunk);
            resolveOffset(chunk[chunk.length - 1].offset);
            touch();
            await heartbeat();
            await commitOffsetsIfNecessary();
          }
        },
      });
    } catch (err) {
      await consumer.disconnect().catch(() => undefined);
      throw err;
    }
    logger.info({ groupId, topics }, 'consumer running');
  }

  // methods, not inline comparisons: the state changes under awaits, which narrowing ignores
  private stopped(): boolean {
    return this.state === 'stopped';
  }
  private recovering(): boolean {
    return this.state === 'recovering';
  }

  private crashed(error: Error): void {
    this.state = 'recovering';
    this.consumer = undefined;
    this.lastError = error.message;
    this.opts.logger.warn({ err: error, groupId: this.opts.groupId }, 'consumer crashed; recovering');
    this.recovery ??= this.recover().finally(() => (this.recovery = undefined));
  }

  /** Re-creates what the broker lost and runs a fresh consumer, backing off until it works. */
  private async recover(): Promise<void> {
    for (let attempt = 1; !this.stopped(); attempt++) {
      await sleep(Math.min(5_000, 250 * attempt));
      if (this.stopped()) return;
      try {
        await this.consumer?.disconnect().catch(() => undefined);
        await this.opts.ensureTopics(this.opts.topics);
        if (this.stopped()) return;
        await this.runOnce();
        // a join that failed inside run() crashed it again: keep going
        if (this.recovering()) continue;
        this.opts.logger.info({ groupId: this.opts.groupId, attempt }, 'consumer recovered');
        return;
      } catch (err) {
        this.state = 'recovering';
        this.lastError = (err as Error).message;
        this.opts.logger.warn({ err, groupId: this.opts.groupId, attempt }, 'consumer recovery failed; retrying');
      }
    }
  }
}
