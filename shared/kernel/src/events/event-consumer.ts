import { randomUUID } from 'node:crypto';
import { EVENT_CONTRACTS, type EventContract, type PayloadOf } from '@hotelops/contracts';
import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database';
import type { Logger } from '../observability/logger';
import type { ServiceMetrics } from '../observability/metrics';
import { fromTransportMessage, type EventEnvelope } from './envelope';
import { DeadLetterRow } from './dead-letter.entity';
import { InboxRow } from './outbox.entity';
import { withCorrelation } from '../observability/correlation';
import { extractTraceContext, withSpan } from '../observability/tracing';
import type { EventMeta } from './outbox';
import type { DeliveredMessage, EventTransport, Subscription } from './transport';

export type EventHandler<P> = (event: EventEnvelope<P>, em: EntityManager) => Promise<void>;

export interface HandlerRegistration<C extends EventContract = EventContract> {
  contract: C;
  handle: EventHandler<PayloadOf<C>>;
}

/** Type-checked handler registration: the payload type follows from the contract. */
export function on<C extends EventContract>(contract: C, handle: EventHandler<PayloadOf<C>>): HandlerRegistration {
  return { contract, handle: handle as EventHandler<unknown> } as HandlerRegistration;
}

/** Meta for events a handler emits, so a chain of events shares one correlation id. */
export const causedBy = (event: EventEnvelope): EventMeta => ({ correlationId: event.correlationId, causationId: event.id });

export const deadLetterTopic = (topic: string, group: string) => `${topic}.dlq.${group}`;

export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/**
 * Idempotent consumer: each event's effects and its inbox row commit in one transaction, so a
 * redelivered event has no second effect. Failures are retried with exponential backoff up to
 * `maxAttempts`, then the message goes to `<topic>.dlq.<group>` with the error attached and the
 * partition moves on. Unknown versions of a handled event are dead-lettered; event types this
 * group does not handle are skipped.
 */
export class EventConsumer {
  private subscription?: Subscription;
  private starting = false;
  private readonly byType = new Map<string, HandlerRegistration>();
  private readonly handledFamilies = new Set<string>();

  constructor(
    private readonly deps: {
      db: Database;
      transport: EventTransport;
      groupId: string;
      handlers: HandlerRegistration[];
      logger: Logger;
      metrics: ServiceMetrics;
      maxAttempts: number;
      retryBaseMs: number;
    },
  ) {
    for (const h of deps.handlers) {
      this.byType.set(h.contract.type, h);
      this.handledFamilies.add(family(h.contract.type));
    }
  }

  get topics(): string[] {
    return [...new Set(this.deps.handlers.map((h) => h.contract.topic))];
  }

  async start(): Promise<void> {
    if (this.deps.handlers.length === 0) return;
    this.starting = true;
    try {
      await this.deps.transport.ensureTopics(this.topics.map((t) => deadLetterTopic(t, this.deps.groupId)));
      this.subscription = await this.deps.transport.subscribe({
        groupId: this.deps.groupId,
        topics: this.topics,
        handle: (msg) => this.consume(msg).then(() => undefined),
      });
    } finally {
      this.starting = false;
    }
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    this.subscription = undefined;
  }

  /** Why this consumer is not consuming (readiness reports it); undefined when it is, or has nothing to consume. */
  problem(): string | undefined {
    if (this.deps.handlers.length === 0) return undefined;
    if (!this.subscription) {
      return `consumer ${this.deps.groupId} ${this.starting ? 'has not joined its group yet' : 'is not running'}`;
    }
    return this.subscription.problem?.();
  }

  /** Handles one delivered message to a final outcome (public for tests of the retry path). */
  async consume(msg: DeliveredMessage): Promise<ConsumeOutcome> {
    const { metrics } = this.deps;
    let envelope: EventEnvelope;
    try {
      envelope = fromTransportMessage(msg);
    } catch (err) {
      return this.deadLetter(msg, 'unknown', `not a CloudEvent: ${(err as Error).message}`, 0);
    }
    const registration = this.byType.get(envelope.type);
    if (!registration) {
      if (!this.handledFamilies.has(family(envelope.type))) {
        metrics.eventsConsumed.inc({ type: envelope.type, outcome: 'ignored' });
        return 'ignored';
      }
      const known = EVENT_CONTRACTS.has(envelope.type) ? 'a version this consumer does not handle' : 'an unknown version';
      return this.deadLetter(msg, envelope.type, `${envelope.type} is ${known}`, 0);
    }
    const parsed = registration.contract.schema.safeParse(envelope.data);
    if (!parsed.success) {
      return this.deadLetter(msg, envelope.type, `payload violates ${envelope.type}: ${parsed.error.message}`, 0);
    }
    const event = { ...envelope, data: parsed.data };
    // Continues the trace the producer recorded in the message headers (no-op when tracing is off).
    return withSpan(
      `consume ${event.type}`,
      { kind: 'consumer', parent: extractTraceContext(msg.headers), attributes: { 'hotelops.consumer-group': this.deps.groupId } },
      () => withCorrelation({ correlationId: event.correlationId, causationId: event.id }, () => this.apply(msg, event, registration)),
    );
  }

  private async apply(msg: DeliveredMessage, event: EventEnvelope, registration: HandlerRegistration): Promise<ConsumeOutcome> {
    const { logger, metrics } = this.deps;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.deps.db.transaction(async (em) => {
          const seen = await em.findOneBy(InboxRow, { eventId: event.id, consumerGroup: this.deps.groupId });
          if (seen) return 'duplicate' as const;
          await em.insert(InboxRow, { eventId: event.id, consumerGroup: this.deps.groupId, type: event.type, processedAt: new Date() });
          await registration.handle(event, em);
          return 'applied' as const;
        });
        metrics.eventsConsumed.inc({ type: event.type, outcome });
        logger.debug({ eventId: event.id, type: event.type, outcome, correlationId: event.correlationId }, 'event consumed');
        return outcome;
      } catch (err) {
        if (attempt >= this.deps.maxAttempts) {
          return this.deadLetter(msg, event.type, (err as Error).message, attempt);
        }
        const delay = this.deps.retryBaseMs * 2 ** (attempt - 1);
        logger.warn({ err, eventId: event.id, type: event.type, attempt, delay }, 'event handler failed, retrying');
        await new Promise((r) => setTimeout(r, delay));
      }
    }
  }

  get groupId(): string {
    return this.deps.groupId;
  }

  /**
   * Gives up on a message: kept in this group's dead_letters table (listed and replayed with
   * `npm run -s dlq`) and published to `<topic>.dlq.<group>` for outside tooling.
   */
  private async deadLetter(msg: DeliveredMessage, type: string, error: string, attempts: number): Promise<ConsumeOutcome> {
    const topic = deadLetterTopic(msg.topic, this.deps.groupId);
    this.deps.logger.error({ topic, type, error, attempts, offset: msg.offset }, 'event dead-lettered');
    await this.deps.db.manager.insert(DeadLetterRow, {
      id: randomUUID(),
      consumerGroup: this.deps.groupId,
      topic: msg.topic,
      eventId: /^[0-9a-f-]{36}$/i.test(msg.headers.ce_id ?? '') ? msg.headers.ce_id : null,
      type: type.slice(0, 200),
      messageKey: msg.key.slice(0, 200),
      headers: msg.headers,
      payload: msg.value,
      error: error.slice(0, 2000),
      attempts,
      deadLetteredAt: new Date(),
      replayedAt: null,
      replayOutcome: null,
    });
    await this.deps.transport.publish([
      {
        topic,
        key: msg.key,
        value: msg.value,
        headers: {
          ...msg.headers,
          'dlq-error': error.slice(0, 2000),
          'dlq-attempts': String(attempts),
          'dlq-original-topic': msg.topic,
          'dlq-original-partition': String(msg.partition ?? ''),
          'dlq-original-offset': String(msg.offset ?? ''),
          'dlq-consumer-group': this.deps.groupId,
        },
      },
    ]);
    this.deps.metrics.eventsConsumed.inc({ type, outcome: 'dead-lettered' });
    return 'dead-lettered';
  }
}

/** 'hotelops.x.y.verb.v2' → 'hotelops.x.y.verb' */
function family(type: string): string {
  return type.replace(/\.v\d+$/, '');
}
