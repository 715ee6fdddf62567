import type { TransportMessage } from './envelope';
import type { DeliveredMessage, EventTransport, Subscription, SubscriptionOptions } from './transport';

/**
 * Embedded mode's transport: one object shared by the subgraphs of one process. Each consumer
 * group gets every message of its topics, one at a time in publish order (like a single-partition
 * topic). Nothing is retained: subscribe before the relays start, as the launcher does. The
 * outbox keeps unpublished events durable, so a restart loses nothing that was committed.
 */
export class InProcessTransport implements EventTransport {
  readonly kind = 'in-process' as const;
  private readonly groups = new Map<
    string,
    { topics: Set<string>; queue: Promise<void>; handle: SubscriptionOptions['handle']; stopped: boolean }
  >();

  async connect(): Promise<void> {}
  async ensureTopics(): Promise<void> {}
  async ping(): Promise<void> {}

  async publish(messages: TransportMessage[]): Promise<void> {
    for (const msg of messages) {
      for (const group of this.groups.values()) {
        if (group.stopped || !group.topics.has(msg.topic)) continue;
        const delivered: DeliveredMessage = { ...msg, headers: { ...msg.headers } };
        // A throwing handler is retried, like an uncommitted Kafka offset would be.
        const deliver = async (): Promise<void> => {
          for (let attempt = 0; ; attempt++) {
            if (group.stopped) return;
            try {
              return await group.handle(delivered);
            } catch {
              await new Promise((r) => setTimeout(r, Math.min(1000, 50 * 2 ** attempt)));
            }
          }
        };
        group.queue = group.queue.then(deliver);
      }
    }
  }

  async subscribe(opts: SubscriptionOptions): Promise<Subscription> {
    if (this.groups.has(opts.groupId)) throw new Error(`consumer group ${opts.groupId} already subscribed`);
    const group = { topics: new Set(opts.topics), queue: Promise.resolve(), handle: opts.handle, stopped: false };
    this.groups.set(opts.groupId, group);
    return {
      stop: async () => {
        await group.queue;
        group.stopped = true;
        this.groups.delete(opts.groupId);
      },
    };
  }

  /** Resolves when every group has handled everything published so far (tests, shutdown). */
  async idle(): Promise<void> {
    await Promise.all([...this.groups.values()].map((g) => g.queue));
  }

  async close(): Promise<void> {
    await this.idle();
  }
}
