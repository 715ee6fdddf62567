import { randomUUID } from 'node:crypto';
import type { EventContract, PayloadOf } from '@hotelops/contracts';
import { fromTransportMessage } from '../events/envelope';
import type { EventTransport, Subscription } from '../events/transport';
import type { Logger } from '../observability/logger';
import type { EntityCache } from './entity-cache';

/** Which event drops which cached entities. */
export interface CacheInvalidation {
  cache: EntityCache<any>;
  contract: EventContract;
  /** the ids the event changed */
  ids(payload: unknown): string[];
}

/** Binds a cache to the event that invalidates it, with the payload typed by the contract. */
export const invalidateOn = <C extends EventContract>(
  cache: EntityCache<any>,
  contract: C,
  ids: (payload: PayloadOf<C>) => string[],
): CacheInvalidation => ({ cache, contract, ids: (payload) => ids(payload as PayloadOf<C>) });

/**
 * Every replica hears every invalidating event: its own consumer group (random per process, so
 * Kafka hands it all partitions), no inbox (dropping a cache entry twice is harmless). Until the
 * subscription is up the caches stay empty — `start` enables them only then.
 */
export class CacheInvalidator {
  private subscription?: Subscription;

  constructor(
    private readonly service: string,
    private readonly transport: EventTransport,
    private readonly invalidations: CacheInvalidation[],
    private readonly logger: Logger,
  ) {
    for (const i of invalidations) i.cache.enabled = false;
  }

  async start(): Promise<void> {
    if (!this.invalidations.length) return;
    const byType = new Map<string, CacheInvalidation[]>();
    for (const i of this.invalidations) byType.set(i.contract.type, [...(byType.get(i.contract.type) ?? []), i]);
    const topics = [...new Set(this.invalidations.map((i) => i.contract.topic))];
    await this.transport.ensureTopics(topics);
    this.subscription = await this.transport.subscribe({
      groupId: `hotelops.${this.service}.cache.${randomUUID()}`,
      topics,
      handle: async (msg) => {
        try {
          const event = fromTransportMessage(msg);
          for (const i of byType.get(event.type) ?? []) for (const id of i.ids(i.contract.schema.parse(event.data))) i.cache.invalidate(id);
        } catch (err) {
          // an unreadable message cannot name what to drop: drop everything this subscription covers
          this.logger.warn({ err, topic: msg.topic }, 'cache invalidation: unreadable event, caches cleared');
          for (const i of this.invalidations) i.cache.clear();
        }
      },
    });
    for (const i of this.invalidations) i.cache.enabled = true;
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }
}
