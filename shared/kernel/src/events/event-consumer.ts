import { randomUUID } from 'node:crypto';
import { EVENT_CONTRACTS, type EventContract, type PayloadOf } from '@hotelops/contracts';
import type { EntityManager } from 'typeorm';
import type { Database } from '../db/database';
import type { Logger } from '../observability/logger';
import type { ServiceMetrics } from '../observability/metrics';
import { fromTransportMessage, type EventEnvelope } from './envelope';
import { DeadLetterRow } from './dead-letter.entity';
import { claimInbox } from './inbox';
import { withCorrelation } from '../observability/correlation';
import { extractTraceContext, withSpan } from '../observability/tracing';
import type { EventMeta } from './outbox';
import type { DeliveredMessage, EventTransport, Subscription } from './transport';

export type EventHandler<P> = (event: EventEnvelope<P>, em: EntityManager) => Promise<void>;
export type BatchEventHandler<P> = (events: EventEnvelope<P>[], em: EntityManager) => Promise<void>;

export interface HandlerRegistration<C extends EventContract = EventContract> {
  contract: C;
  handle: EventHandler<PayloadOf<C>>;
  /** set by `onBatch`: consecutive fresh events of this type in a chunk, applied in one call */
  handleMany?: BatchEventHandler<PayloadOf<C>>;
}

/** Type-checked handler registration: the payload type follows from the contract. */
export function on<C extends EventContract>(contract: C, handle: EventHandler<PayloadOf<C>>): HandlerRegistration {
  return { contract, handle: handle as EventHandler<unknown> } as HandlerRegistration;
}

/**
 * A handler for projections that write the same rows for every event (a feed, a read model):
 * given the consecutive fresh events of its type in a delivered chunk, in order, it can write
 * them with one statement instead of one per event. Same guarantees as `on`: the events' inbox
 * rows commit in the same transaction, and a chunk that fails is applied again one event at a
 * time (`handleMany` with one event), so a poison event is dead-lettered alone. The call runs
 * under the first event's trace and correlation: events it emits name their cause (`causedBy`).
 */
export function onBatch<C extends EventContract>(contract: C, handleMany: BatchEventHandler<PayloadOf<C>>): HandlerRegistration {
  const many = handleMany as BatchEventHandler<unknown>;
  return { contract, handle: (event, em) => many([event], em), handleMany: many } as HandlerRegistration;
}

/** Meta for events a handler emits, so a chain of events shares one correlation id. */
export const causedBy = (event: EventEnvelope): EventMeta => ({ correlationId: event.correlationId, causationId: event.id });

export const deadLetterTopic = (topic: string, group: string) => `${topic}.dlq.${group}`;

export type ConsumeOutcome = 'applied' | 'duplicate' | 'ignored' | 'dead-lettered';

/** Events applied in one transaction at most (SQLite allows 999 bound values; the inbox insert binds 4 per event). */
const MAX_BATCH = 200;

type Prepared =
  | { kind: 'apply'; event: EventEnvelope; registration: HandlerRegistration }
  | { kind: 'ignored'; type: string }
  | { kind: 'invalid'; type: string; error: string };

/** A message to apply, with its place in the delivered batch. */
interface Applicable {
  index: number;
  msg: DeliveredMessage;
  event: EventEnvelope;
  registration: HandlerRegistration;
}

/**
 * Idempotent consumer: each event's effects and its inbox row commit in one transaction, so a
 * redelivered event has no second effect. A batch of one partition's events (from Kafka) commits
 * together in one such transaction. Failures are retried with exponential backoff up to
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
        handleBatch: (msgs) => this.consumeBatch(msgs).then(() => undefined),
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
    const prepared = this.prepare(msg);
    if (prepared.kind === 'ignored') return this.ignored(prepared.type);
    if (prepared.kind === 'invalid') return this.deadLetter(msg, prepared.type, prepared.error, 0);
    return this.applyOne(msg, prepared.event, prepared.registration);
  }

  /**
   * Handles messages of one partition, in partition order, to their final outcomes — the same
   * outcomes `consume` gives each of them. The events to apply go in one transaction per chunk
   * (one inbox lookup, one inbox insert, the handlers in order); a chunk whose transaction fails
   * is applied again one event at a time, with `consume`'s retries and dead-lettering, so one
   * poison event neither blocks nor loses the others.
   */
  async consumeBatch(msgs: DeliveredMessage[]): Promise<ConsumeOutcome[]> {
    const outcomes: ConsumeOutcome[] = [];
    let pending: Applicable[] = [];
    const flush = async () => {
      for (let i = 0; i < pending.length; i += MAX_BATCH) await this.applyChunk(pending.slice(i, i + MAX_BATCH), outcomes);
      pending = [];
    };
    for (const [index, msg] of msgs.entries()) {
      const prepared = this.prepare(msg);
      if (prepared.kind === 'apply') pending.push({ index, msg, event: prepared.event, registration: prepared.registration });
      else if (prepared.kind === 'ignored') outcomes[index] = this.ignored(prepared.type);
      else {
        // a dead letter keeps its place in the partition's order
        await flush();
        outcomes[index] = await this.deadLetter(msg, prepared.type, prepared.error, 0);
      }
    }
    await flush();
    return outcomes;
  }

  /** Decodes and validates a message: what to do with it, before any database work. */
  private prepare(msg: DeliveredMessage): Prepared {
    let envelope: EventEnvelope;
    try {
      envelope = fromTransportMessage(msg);
    } catch (err) {
      return { kind: 'invalid', type: 'unknown', error: `not a CloudEvent: ${(err as Error).message}` };
    }
    const registration = this.byType.get(envelope.type);
    if (!registration) {
      if (!this.handledFamilies.has(family(envelope.type))) return { kind: 'ignored', type: envelope.type };
      const known = EVENT_CONTRACTS.has(envelope.type) ? 'a version this consumer does not handle' : 'an unknown version';
      return { kind: 'invalid', type: envelope.type, error: `${envelope.type} is ${known}` };
    }
    const parsed = registration.contract.schema.safeParse(envelope.data);
    if (!parsed.success) {
      return { kind: 'invalid', type: envelope.type, error: `payload violates ${envelope.type}: ${parsed.error.message}` };
    }
    return { kind: 'apply', event: { ...envelope, data: parsed.data }, registration };
  }

  private ignored(type: string): ConsumeOutcome {
    this.deps.metrics.eventsConsumed.inc({ type, outcome: 'ignored' });
    return 'ignored';
  }

  /** Continues the trace the producer recorded in the message headers (no-op when tracing is off), under the event's correlation. */
  private traced<T>(msg: DeliveredMessage, event: EventEnvelope, work: () => Promise<T>): Promise<T> {
    return withSpan(
      `consume ${event.type}`,
      { kind: 'consumer', parent: extractTraceContext(msg.headers), attributes: { 'hotelops.consumer-group': this.deps.groupId } },
      () => withCorrelation({ correlationId: event.correlationId, causationId: event.id }, work),
    );
  }

  private applyOne(msg: DeliveredMessage, event: EventEnvelope, registration: HandlerRegistration): Promise<ConsumeOutcome> {
    return this.traced(msg, event, () => this.apply(msg, event, registration));
  }

  private async apply(msg: DeliveredMessage, event: EventEnvelope, registration: HandlerRegistration): Promise<ConsumeOutcome> {
    const { logger } = this.deps;
    for (let attempt = 1; ; attempt++) {
      try {
        const outcome = await this.deps.db.transaction(async (em) => {
          const fresh = await claimInbox(em, this.deps.groupId, [event], new Date());
          if (!fresh.size) return 'duplicate' as const;
          await registration.handle(event, em);
          return 'applied' as const;
        });
        this.counted(event, outcome);
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

  private counted(event: EventEnvelope, outcome: ConsumeOutcome): void {
    this.deps.metrics.eventsConsumed.inc({ type: event.type, outcome });
    this.deps.logger.debug({ eventId: event.id, type: event.type, outcome, correlationId: event.correlationId }, 'event consumed');
  }

  /** Applies up to MAX_BATCH events in one transaction; falls back to one at a time when it fails. */
  private async applyChunk(items: Applicable[], outcomes: ConsumeOutcome[]): Promise<void> {
    if (items.length === 1) {
      const [one] = items;
      outcomes[one.index] = await this.applyOne(one.msg, one.event, one.registration);
      return;
    }
    let together: ConsumeOutcome[];
    try {
      together = await this.applyTogether(items);
    } catch (err) {
      this.deps.logger.warn({ err, events: items.length }, 'event batch failed; applying its events one at a time');
      for (const item of items) outcomes[item.index] = await this.applyOne(item.msg, item.event, item.registration);
      return;
    }
    items.forEach((item, k) => {
      outcomes[item.index] = together[k];
      this.counted(item.event, together[k]);
    });
  }

  private applyTogether(items: Applicable[]): Promise<ConsumeOutcome[]> {
    const consumerGroup = this.deps.groupId;
    return this.deps.db.transaction(async (em) => {
      // one event per id (an event delivered twice within the chunk applies once, like one delivered twice apart)
      const byId = new Map(items.map((i) => [i.event.id, i.event]));
      const claimed = await claimInbox(em, consumerGroup, [...byId.values()], new Date());
      const outcomes = items.map((i): ConsumeOutcome => (claimed.delete(i.event.id) ? 'applied' : 'duplicate'));
      const fresh = items.filter((_, k) => outcomes[k] === 'applied');
      if (fresh.length === 0) return outcomes;
      for (let k = 0; k < fresh.length; ) {
        const { registration } = fresh[k];
        // a batch handler takes the run of its own events; order across types stays as delivered
        let end = k + 1;
        if (registration.handleMany) while (end < fresh.length && fresh[end].registration === registration) end++;
        const run = fresh.slice(k, end);
        await this.traced(run[0].msg, run[0].event, () =>
          registration.handleMany && run.length > 1
            ? registration.handleMany(
                run.map((i) => i.event),
                em,
              )
            : registration.handle(run[0].event, em),
        );
        k = end;
      }
      return outcomes;
    });
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
