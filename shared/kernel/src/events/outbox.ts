import type { EventContract, PayloadOf } from '@hotelops/contracts';
import type { EntityManager } from 'typeorm';
import { newEnvelope, toTransportMessage } from './envelope';
import { OutboxRow } from './outbox.entity';
import { insertRows } from '../db/row-writer';
import { currentCorrelation } from '../observability/correlation';
import { injectTraceContext } from '../observability/tracing';

export interface EventMeta {
  correlationId?: string;
  causationId?: string;
}

/**
 * Records events inside the caller's transaction. Nothing is sent here: the relay publishes
 * committed rows, so an event exists if and only if its change was committed.
 */
export class Outbox {
  constructor(private readonly service: string) {}

  async add<C extends EventContract>(
    em: EntityManager,
    contract: C,
    payload: PayloadOf<C>,
    target: { subject: string; propertyId: string },
    meta: EventMeta = {},
  ): Promise<string> {
    const row = this.row(contract, payload, target, meta);
    await insertRows(em, OutboxRow, row); // every event passes here: the prebuilt INSERT
    return row.eventId;
  }

  /**
   * Many events of one contract in multi-row INSERTs (a stocktake's thousand movements), in the
   * order given; each is the same row add() would write.
   */
  async addMany<C extends EventContract>(
    em: EntityManager,
    contract: C,
    events: readonly { payload: PayloadOf<C>; target: { subject: string; propertyId: string } }[],
    meta: EventMeta = {},
  ): Promise<string[]> {
    const rows = events.map((e) => this.row(contract, e.payload, e.target, meta));
    await insertRows(em, OutboxRow, rows);
    return rows.map((r) => r.eventId);
  }

  private row<C extends EventContract>(
    contract: C,
    payload: PayloadOf<C>,
    target: { subject: string; propertyId: string },
    meta: EventMeta,
  ): Omit<OutboxRow, 'seq'> {
    // A payload that breaks its own contract is a bug here, not the consumer's problem.
    const data = contract.schema.parse(payload);
    // Without explicit meta, the request or event being handled now (withCorrelation) is the cause.
    const scoped = currentCorrelation();
    const envelope = newEnvelope({
      source: `/hotelops/${this.service}`,
      type: contract.type,
      subject: target.subject,
      propertyId: target.propertyId,
      correlationId: meta.correlationId ?? scoped?.correlationId,
      causationId: meta.causationId ?? scoped?.causationId,
      data,
    });
    const msg = toTransportMessage(contract.topic, envelope);
    // The trace of the request that recorded the event travels with it (W3C traceparent header).
    injectTraceContext(msg.headers);
    return {
      eventId: envelope.id,
      topic: msg.topic,
      messageKey: msg.key,
      type: contract.type,
      headers: msg.headers,
      payload: msg.value,
      createdAt: new Date(envelope.time),
      publishedAt: null,
    };
  }
}
