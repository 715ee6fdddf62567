import type { TransportMessage } from './envelope';

export interface DeliveredMessage extends TransportMessage {
  partition?: number;
  offset?: string;
}

export interface SubscriptionOptions {
  groupId: string;
  topics: string[];
  /** Must not throw for a message it gave up on (dead-letter it instead); throwing means "retry later". */
  handle: (msg: DeliveredMessage) => Promise<void>;
  /**
   * Optional: consecutive messages of one partition, in order, handled together (same contract
   * as `handle` for each). A transport that delivers in batches (Kafka) uses it; one that does
   * not (in-process) calls `handle` per message.
   */
  handleBatch?: (msgs: DeliveredMessage[]) => Promise<void>;
}

export interface Subscription {
  /** Stops fetching and waits for the message in hand to finish. */
  stop(): Promise<void>;
  /** Why the subscription is not consuming right now (readiness reports it); undefined when it is. */
  problem?(): string | undefined;
}

/** How events leave and reach a service: Kafka in production, in-process in embedded mode. */
export interface EventTransport {
  readonly kind: 'kafka' | 'in-process';
  connect(): Promise<void>;
  ensureTopics(topics: string[]): Promise<void>;
  publish(messages: TransportMessage[]): Promise<void>;
  subscribe(opts: SubscriptionOptions): Promise<Subscription>;
  ping(): Promise<void>;
  /**
   * True when the brokers turned out to be another cluster than before (a new broker, a lost
   * volume): what was published to the old one may never be delivered.
   */
  clusterReplaced?(): Promise<boolean>;
  close(): Promise<void>;
}
