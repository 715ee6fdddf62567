import 'reflect-metadata';
import { execSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Kafka, logLevel } from 'kafkajs';
import { Client } from 'pg';
import { RoomStatusChanged } from '@hotelops/contracts';
import {
  Database,
  EventConsumer,
  KERNEL_ENTITIES,
  KERNEL_MIGRATIONS,
  KafkaTransport,
  Outbox,
  OutboxRelay,
  newEnvelope,
  toTransportMessage,
  ServiceMetrics,
  createLogger,
  on,
  onBatch,
  type EventEnvelope,
  type HandlerRegistration,
} from '@hotelops/kernel';
import type { EntityManager } from 'typeorm';

/*
 * The event pipeline against raw kafkajs on the same broker, in one run: N events committed to
 * the outbox on PostgreSQL (in transactions of BATCH by WRITERS concurrent writers), published by the relay, consumed by the
 * kernel's idempotent consumer whose handler writes an effect row (inbox + effect in one
 * transaction) — events/s from the first commit to the last effect, and commit → effect
 * latency p50/p99; then N more committed with the relay stopped and drained (the pipeline's
 * capacity, which the writers' own pace may hide). Then raw kafkajs, produced in batches and
 * consumed (eachMessage), produce → consume latency: the same N messages the pipeline carries
 * (CloudEvents headers and all; the ratio's base), and N 700-byte values without headers.
 *
 *   npm run bench:events      BENCH_EVENTS (10000) BENCH_BATCH (100) KAFKA_BROKERS (127.0.0.1:9092)
 *   BENCH_RELAY_BATCH (relay rows per publish, the relay's default) BENCH_WRITERS (concurrent outbox writers, 1)
 */
const N = Number(process.env.BENCH_EVENTS ?? 10_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 100);
const RELAY_BATCH = process.env.BENCH_RELAY_BATCH ? Number(process.env.BENCH_RELAY_BATCH) : undefined;
const WRITERS = Number(process.env.BENCH_WRITERS ?? 1);
const BROKERS = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
const ADMIN_URL = process.env.BENCH_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const PARTITIONS = 3;

const load = () =>
  execSync('uptime')
    .toString()
    .trim()
    .replace(/.*load average: /, 'load ');
const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

interface Figures {
  /** events/s the relay published (first commit → last row marked sent), pipeline only */
  publishedPerSecond?: number;
  /** events/s the producer committed to the outbox (first commit → last commit) */
  committedPerSecond?: number;
  /** events/s from a backlog of N committed events: relay start → last effect */
  drainedPerSecond?: number;
  /** of which the relay: relay start → last row marked sent */
  drainPublishedPerSecond?: number;
  perSecond: number;
  p50: number;
  p99: number;
}

async function waitFor(check: () => Promise<boolean>, what: string, timeoutMs = 600_000, pollMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, pollMs));
  }
}

type Effect = EventEnvelope<{ reason: string | null }>;
/** The consumer's effect: a row per event recording when it took effect (the commit time travels in `reason`). */
const writeEffects = (events: Effect[], em: EntityManager) =>
  em.query(
    `INSERT INTO bench_effects (event_id, committed_ms, applied_ms) VALUES ${events.map((_, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`).join(', ')}`,
    events.flatMap((e) => [e.id, Number(e.data.reason), Date.now()]),
  );

/**
 * `bulk`: a transaction's events in one multi-row outbox insert (addMany), else one insert each
 * (add). `batchHandler`: the effect rows of a chunk's events in one statement (onBatch), else one
 * statement per event (on).
 */
async function pipeline(namespace: string, bulk: boolean, batchHandler: boolean): Promise<Figures> {
  const dbName = `hotelops_bench_events_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${dbName}`);
  const url = new URL(ADMIN_URL);
  url.pathname = `/${dbName}`;
  const logger = createLogger('eventbench', 'warn');
  const db = new Database({
    service: 'eventbench',
    databaseUrl: url.toString(),
    dataDir: mkdtempSync(join(tmpdir(), 'hotelops-events-')),
    entities: KERNEL_ENTITIES,
    migrations: KERNEL_MIGRATIONS,
    logger,
  });
  const metrics = new ServiceMetrics('eventbench', { defaultMetrics: false });
  const transport = new KafkaTransport({ brokers: BROKERS, clientId: 'eventbench', logger, namespace, partitions: PARTITIONS });
  const relay = new OutboxRelay(db, transport, logger, metrics, { pollMs: 500, batchSize: RELAY_BATCH });
  const consumer = new EventConsumer({
    db,
    transport,
    groupId: 'hotelops.eventbench',
    logger,
    metrics,
    maxAttempts: 5,
    retryBaseMs: 50,
    handlers: [
      batchHandler
        ? onBatch(RoomStatusChanged, (events, em) => writeEffects(events, em))
        : on(RoomStatusChanged, (event, em) => writeEffects([event], em)),
    ] as HandlerRegistration[],
  });
  try {
    await db.open();
    await db.manager.query(
      'CREATE TABLE bench_effects (event_id uuid PRIMARY KEY, committed_ms bigint NOT NULL, applied_ms bigint NOT NULL)',
    );
    await transport.connect();
    await transport.ensureTopics([RoomStatusChanged.topic]);
    await consumer.start();
    relay.start();
    const outbox = new Outbox('eventbench');
    const propertyId = randomUUID();
    const rooms = Array.from({ length: 50 }, () => randomUUID());
    // warm-up: one event through, so group join and topic metadata are not timed
    await db.transaction((em) => outbox.add(em, RoomStatusChanged, payload(rooms[0], propertyId), { subject: rooms[0], propertyId }));
    await waitFor(async () => Number((await db.manager.query('SELECT COUNT(*) AS n FROM bench_effects'))[0].n) === 1, 'warm-up');
    await db.manager.query('TRUNCATE bench_effects');

    const effects = async () => Number((await db.manager.query('SELECT COUNT(*) AS n FROM bench_effects'))[0].n);
    // WRITERS concurrent writers (as concurrent requests of a service), transactions of BATCH each
    const writer = async (w: number) => {
      for (let i = w * BATCH; i < N; i += WRITERS * BATCH) {
        await db.transaction(async (em) => {
          const events = [];
          for (let j = i; j < Math.min(N, i + BATCH); j++) {
            const room = rooms[j % rooms.length];
            events.push({ payload: payload(room, propertyId), target: { subject: room, propertyId } });
          }
          // one row per add() is one round trip each: the writer, not the pipeline, then sets the pace
          if (bulk) await outbox.addMany(em, RoomStatusChanged, events);
          else for (const e of events) await outbox.add(em, RoomStatusChanged, e.payload, e.target);
        });
      }
    };
    const commitAll = () => Promise.all(Array.from({ length: WRITERS }, (_, w) => writer(w)));

    const started = Date.now();
    let publishedAt = 0;
    const published = waitFor(async () => {
      const [{ n }] = await db.manager.query('SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL');
      return (
        Number(n) === 0 && Number((await db.manager.query('SELECT COUNT(*) AS n FROM outbox'))[0].n) > N && !!(publishedAt = Date.now())
      );
    }, 'relay');
    await commitAll();
    const committedAt = Date.now();
    await published;
    await waitFor(async () => (await effects()) >= N, 'effects');
    const rows: { committed_ms: string; applied_ms: string }[] = await db.manager.query(
      'SELECT committed_ms, applied_ms FROM bench_effects',
    );
    const latencies = rows.map((r) => Number(r.applied_ms) - Number(r.committed_ms)).sort((a, b) => a - b);
    const first = Math.min(...rows.map((r) => Number(r.committed_ms)));
    const last = Math.max(...rows.map((r) => Number(r.applied_ms)));

    // Drain: N more events committed while the relay is stopped, then published and applied as
    // fast as relay and consumer go — the pipeline's capacity, without the writers' pace.
    await relay.stop();
    await db.manager.query('TRUNCATE bench_effects');
    await commitAll();
    const drainStarted = Date.now();
    relay.start();
    await waitFor(
      async () => Number((await db.manager.query('SELECT COUNT(*) AS n FROM outbox WHERE published_at IS NULL'))[0].n) === 0,
      'drained relay',
      600_000,
      10,
    );
    const drainPublished = Date.now();
    await waitFor(async () => (await effects()) >= N, 'drained effects');
    const [{ done }] = await db.manager.query('SELECT MAX(applied_ms) AS done FROM bench_effects');
    return {
      publishedPerSecond: (N * 1000) / (publishedAt - started),
      committedPerSecond: (N * 1000) / (committedAt - started),
      drainedPerSecond: (N * 1000) / (Number(done) - drainStarted),
      drainPublishedPerSecond: (N * 1000) / (drainPublished - drainStarted),
      perSecond: (rows.length * 1000) / (last - first),
      p50: pct(latencies, 50),
      p99: pct(latencies, 99),
    };
  } finally {
    await consumer.stop().catch(() => undefined);
    await relay.stop().catch(() => undefined);
    await transport.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    await admin.query(`DROP DATABASE IF EXISTS ${dbName} WITH (FORCE)`);
    await admin.end();
  }
}

/** The payload the pipeline carries; `reason` holds the commit time (ms) for the latency. */
function payload(roomId: string, propertyId: string) {
  return {
    roomId,
    propertyId,
    roomNumber: '101',
    housekeepingStatus: 'CLEAN',
    occupied: false,
    previousHousekeepingStatus: 'DIRTY',
    reason: String(Date.now()),
  };
}

/**
 * What raw kafkajs carries: `sized`, one value of about `valueBytes` and no headers; `events`,
 * the very messages the pipeline publishes (the CloudEvents headers and JSON value of a
 * RoomStatusChanged), so the ratio prices the pipeline, not the message format.
 */
type RawShape = { kind: 'sized'; valueBytes: number } | { kind: 'events' };

function rawMessage(shape: RawShape, i: number, propertyId: string) {
  if (shape.kind === 'sized') {
    return {
      key: String(i % 50),
      value: JSON.stringify({ reason: String(Date.now()), filler: 'x'.repeat(Math.max(0, shape.valueBytes - 30)) }),
    };
  }
  const room = `00000000-0000-4000-8000-${String(i % 50).padStart(12, '0')}`;
  const envelope = newEnvelope({
    source: '/hotelops/eventbench',
    type: RoomStatusChanged.type,
    subject: room,
    propertyId,
    data: payload(room, propertyId),
  });
  const { key, value, headers } = toTransportMessage(RoomStatusChanged.topic, envelope);
  return { key, value, headers };
}

async function rawKafka(namespace: string, shape: RawShape): Promise<Figures> {
  const kafka = new Kafka({ clientId: 'eventbench-raw', brokers: BROKERS, logLevel: logLevel.NOTHING });
  const topic = `${namespace}raw${shape.kind}`;
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: PARTITIONS }], waitForLeaders: true });
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${namespace}raw${shape.kind}` });
  const propertyId = randomUUID();
  const latencies: number[] = [];
  let last = 0;
  let first = 0;
  try {
    await producer.connect();
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    let received = 0;
    await consumer.run({
      eachMessage: async ({ message }) => {
        // the send time travels in `reason`, as in the pipeline's payload
        const sent = Number(JSON.parse(String(message.value)).reason);
        if (received > 0) latencies.push(Date.now() - sent);
        last = Date.now();
        received++;
      },
    });
    await producer.send({ topic, acks: -1, messages: [rawMessage(shape, 0, propertyId)] });
    await waitFor(async () => received === 1, 'raw warm-up');
    first = Date.now();
    for (let i = 0; i < N; i += BATCH) {
      const messages = Array.from({ length: Math.min(BATCH, N - i) }, (_, j) => rawMessage(shape, i + j, propertyId));
      await producer.send({ topic, acks: -1, messages });
    }
    await waitFor(async () => received >= N + 1, 'raw messages');
    latencies.sort((a, b) => a - b);
    return { perSecond: (N * 1000) / (last - first), p50: pct(latencies, 50), p99: pct(latencies, 99) };
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await producer.disconnect().catch(() => undefined);
    await admin.deleteTopics({ topics: [topic] }).catch(() => undefined);
    await admin.disconnect().catch(() => undefined);
  }
}

async function main() {
  const namespace = `bench${randomBytes(4).toString('hex')}.`;
  console.log(
    `event pipeline bench: ${N} events in transactions of ${BATCH} by ${WRITERS} writers, ${PARTITIONS} partitions, broker ${BROKERS.join(',')} (${load()})`,
  );
  // one insert per event: the pace of a service whose requests emit an event each
  const ours = await pipeline(`${namespace}row.`, false, false);
  console.log(`  outbox (one insert per event) → relay → Kafka → consumer → effect done (${load()})`);
  // one multi-row insert per transaction: the writer no longer bounds the pipeline
  const bulk = await pipeline(`${namespace}bulk.`, true, false);
  console.log(`  outbox (one insert per transaction) → relay → Kafka → consumer → effect done (${load()})`);
  // and a batch handler: the consumer writes a chunk's effects in one statement
  const batched = await pipeline(`${namespace}batch.`, true, true);
  console.log(`  outbox (one insert per transaction) → relay → Kafka → batch handler → effect done (${load()})`);
  // each raw shape twice, alternated, the better run counting: neither gains from going second on a warm broker
  const best = (a: Figures, b: Figures) => (a.perSecond >= b.perSecond ? a : b);
  const rounds: { raw: Figures; sized: Figures }[] = [];
  for (let round = 1; round <= 2; round++) {
    const sized = await rawKafka(`${namespace}${round}.`, { kind: 'sized', valueBytes: 700 });
    const raw = await rawKafka(`${namespace}${round}.`, { kind: 'events' });
    rounds.push({ raw, sized });
    console.log(
      `  raw kafkajs produce → consume, round ${round}: same messages ${raw.perSecond.toFixed(0)}/s, headerless ${sized.perSecond.toFixed(0)}/s (${load()})`,
    );
  }
  const raw = best(rounds[0].raw, rounds[1].raw);
  const sized = best(rounds[0].sized, rounds[1].sized);
  const row = (name: string, f: Figures) =>
    `${name.padEnd(48)} ${f.perSecond.toFixed(0).padStart(8)} ${f.p50.toFixed(0).padStart(8)} ${f.p99.toFixed(0).padStart(8)}`;
  console.log(`\n${'pipeline'.padEnd(48)} ${'events/s'.padStart(8)} ${'p50 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
  console.log(row('outbox row per event → Kafka → consumer effect', ours));
  console.log(row('outbox rows per tx → Kafka → consumer effect', bulk));
  console.log(row('outbox rows per tx → Kafka → batch handler effect', batched));
  console.log(row('raw kafkajs, the same messages', raw));
  console.log(row('raw kafkajs, 700-byte values, no headers', sized));
  for (const [name, f] of [
    ['row per event', ours],
    ['rows per tx', bulk],
    ['rows per tx, batch handler', batched],
  ] as const) {
    console.log(
      `${name}: ${(f.perSecond / raw.perSecond).toFixed(2)} × raw kafkajs with the same messages ` +
        `(${(f.perSecond / sized.perSecond).toFixed(2)} × without headers); producer alone ${f.committedPerSecond!.toFixed(0)}/s, ` +
        `relay alone ${f.publishedPerSecond!.toFixed(0)}/s; backlog of ${N} drained ${f.drainedPerSecond!.toFixed(0)}/s ` +
        `(the relay's part ${f.drainPublishedPerSecond!.toFixed(0)}/s)`,
    );
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
