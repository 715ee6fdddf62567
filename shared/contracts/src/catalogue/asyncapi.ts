import { z } from 'zod';
import type { EventContract } from '../events/define-event';

/*
 * The event catalogue: an AsyncAPI 3.0 document generated from the contracts themselves — one
 * channel per topic, one message per event type and version, payload JSON Schemas from the zod
 * schemas, CloudEvents (Kafka binary binding) headers. Committed as shared/contracts/asyncapi.json
 * (`npm run catalogue`); a test fails when a contract changes without it.
 */

const KAFKA_BINDING_VERSION = '0.5.0';

/** CloudEvents 1.0 attributes as the Kafka binary binding carries them, plus HotelOps' extensions. */
const CLOUDEVENTS_HEADERS = {
  type: 'object',
  description:
    'CloudEvents 1.0, Kafka protocol binding, binary content mode: every attribute is a ce_ header; the value is the JSON payload.',
  properties: {
    ce_specversion: { type: 'string', const: '1.0' },
    ce_id: { type: 'string', format: 'uuid', description: 'event id; consumers de-duplicate on it (inbox)' },
    ce_source: { type: 'string', description: 'producing subgraph, e.g. hotelops/reservations' },
    ce_type: { type: 'string', description: 'hotelops.<domain>.<aggregate>.<verb>.v<N>' },
    ce_subject: { type: 'string', description: 'aggregate id; also the Kafka message key' },
    ce_time: { type: 'string', format: 'date-time' },
    'content-type': { type: 'string', const: 'application/json' },
    ce_correlationid: { type: 'string', description: 'ties a chain of requests and events together' },
    ce_causationid: { type: 'string', description: 'id of the event that caused this one, when one did' },
    ce_propertyid: { type: 'string', description: 'the hotel (property) the event belongs to' },
    ce_partitionkey: { type: 'string', description: 'equals ce_subject' },
    traceparent: { type: 'string', description: 'W3C trace context of the change, when tracing is on' },
  },
  required: [
    'ce_specversion',
    'ce_id',
    'ce_source',
    'ce_type',
    'ce_subject',
    'ce_time',
    'content-type',
    'ce_correlationid',
    'ce_propertyid',
  ],
} as const;

/** `hotelops.reservations.reservation.checked-out.v1` → `reservations.reservation.checked-out.v1` (an AsyncAPI component key). */
const keyOf = (type: string) => type.replace(/^hotelops\./, '');

function payloadSchema(contract: EventContract): Record<string, unknown> {
  const { $schema: _ignored, ...schema } = z.toJSONSchema(contract.schema, { target: 'draft-7', unrepresentable: 'any' }) as Record<
    string,
    unknown
  >;
  return withoutFormatPatterns(schema) as Record<string, unknown>;
}

/** zod spells out each `format` (date, uuid, date-time) as a long regex too; the format alone says it. */
function withoutFormatPatterns(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withoutFormatPatterns);
  if (!node || typeof node !== 'object') return node;
  const entries = Object.entries(node).filter(([k]) => !(k === 'pattern' && 'format' in node));
  return Object.fromEntries(entries.map(([k, v]) => [k, withoutFormatPatterns(v)]));
}

export interface AsyncApiOptions {
  /** the catalogue's version: the contracts package's */
  version: string;
}

/** The AsyncAPI 3.0 document of every contract, in a stable order (topics, then event types, sorted). */
export function buildAsyncApi(contracts: Iterable<EventContract>, { version }: AsyncApiOptions): Record<string, unknown> {
  const sorted = [...contracts].sort((a, b) => a.topic.localeCompare(b.topic) || a.type.localeCompare(b.type));
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const c of sorted) {
    const key = keyOf(c.type);
    messages[key] = {
      name: c.type,
      title: c.type,
      summary: `${c.type} (version ${c.version}) on ${c.topic}`,
      contentType: 'application/json',
      headers: { $ref: '#/components/schemas/CloudEventsHeaders' },
      payload: payloadSchema(c),
      bindings: {
        kafka: { key: { type: 'string', description: 'aggregate id (per-aggregate order)' }, bindingVersion: KAFKA_BINDING_VERSION },
      },
    };
    const channelKey = c.topic;
    const channel = (channels[channelKey] ??= {
      address: c.topic,
      title: c.topic,
      description: `Topic of one aggregate; key = aggregate id. Dead letters go to ${c.topic}.dlq.<consumer group>.`,
      messages: {},
      bindings: { kafka: { topic: c.topic, partitions: 3, bindingVersion: KAFKA_BINDING_VERSION } },
    }) as { messages: Record<string, unknown> };
    channel.messages[key] = { $ref: `#/components/messages/${key}` };
    operations[`publish.${key}`] = {
      action: 'send',
      title: `Publish ${c.type}`,
      summary: 'Written to the outbox with the change, published by the relay (idempotent producer, acks=all).',
      channel: { $ref: `#/channels/${channelKey}` },
      messages: [{ $ref: `#/channels/${channelKey}/messages/${key}` }],
    };
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'HotelOps events',
      version,
      description:
        'Every cross-domain fact on Kafka, generated from @hotelops/contracts. Changing a payload means a new version (.v2); consumers upcast old ones.',
    },
    defaultContentType: 'application/json',
    servers: {
      development: {
        host: '127.0.0.1:9092',
        protocol: 'kafka',
        description: 'the local broker (npm run kafka -- start); topics may carry a KAFKA_NAMESPACE prefix',
      },
    },
    channels,
    operations,
    components: { schemas: { CloudEventsHeaders: CLOUDEVENTS_HEADERS }, messages },
  };
}
