import { randomUUID } from 'node:crypto';
import { CloudEvent, Kafka } from 'cloudevents';

/** What a handler receives: CloudEvents attributes with the validated payload. */
export interface EventEnvelope<P = unknown> {
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  propertyId: string;
  correlationId: string;
  causationId?: string;
  data: P;
}

/** A message as every transport carries it: CloudEvents Kafka binary binding. */
export interface TransportMessage {
  topic: string;
  key: string;
  headers: Record<string, string>;
  value: string;
}

export function newEnvelope<P>(
  fields: Omit<EventEnvelope<P>, 'id' | 'time' | 'correlationId'> & { correlationId?: string; time?: Date },
): EventEnvelope<P> {
  const id = randomUUID();
  return {
    ...fields,
    id,
    time: (fields.time ?? new Date()).toISOString(),
    correlationId: fields.correlationId ?? id,
  };
}

/** Envelope → headers + JSON value (ce_* headers, content-type), per the CloudEvents Kafka binding. */
export function toTransportMessage(topic: string, e: EventEnvelope): TransportMessage {
  const ce = new CloudEvent(
    {
      id: e.id,
      source: e.source,
      type: e.type,
      subject: e.subject,
      time: e.time,
      datacontenttype: 'application/json',
      data: e.data,
      correlationid: e.correlationId,
      propertyid: e.propertyId,
      ...(e.causationId ? { causationid: e.causationId } : {}),
      partitionkey: e.subject,
    },
    // not strict: every attribute is set here from a validated envelope; the SDK's schema check
    // would only repeat that, at about half the cost of recording an event
    false,
  );
  const msg = Kafka.binary(ce);
  const headers: Record<string, string> = {};
  for (const [k, v] of Object.entries(msg.headers)) if (v !== undefined) headers[k] = String(v);
  return { topic, key: e.subject, headers, value: typeof msg.body === 'string' ? msg.body : JSON.stringify(e.data) };
}

/** Headers + value → envelope; throws when the message is not a CloudEvent. */
export function fromTransportMessage(msg: TransportMessage): EventEnvelope {
  const kafkaMessage = { headers: msg.headers, key: msg.key, value: msg.value, body: msg.value };
  const ce = Kafka.toEvent(kafkaMessage as Parameters<typeof Kafka.toEvent>[0]) as CloudEvent<unknown>;
  const ext = ce as unknown as Record<string, unknown>;
  let data = ce.data;
  if (typeof data === 'string') data = JSON.parse(data);
  if (!ce.subject) throw new Error('CloudEvent has no subject');
  return {
    id: ce.id,
    source: ce.source,
    type: ce.type,
    subject: ce.subject,
    time: ce.time ?? new Date().toISOString(),
    propertyId: String(ext.propertyid ?? ''),
    correlationId: String(ext.correlationid ?? ce.id),
    causationId: ext.causationid ? String(ext.causationid) : undefined,
    data,
  };
}
