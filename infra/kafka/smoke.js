'use strict';
// Smoke test proving kafkajs works against the local broker: create a 3-partition topic, send 10 messages
// with headers through an idempotent producer, read them back with a fresh group, verify, delete the topic.
// Usage: node smoke.js   (env KAFKA_BROKERS, default 127.0.0.1:9092). Exit 0 on success.
const { randomUUID } = require('crypto');
const { Kafka, logLevel } = require('kafkajs');

const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092').split(',').map((b) => b.trim());
const N = 10;
const topic = `smoke-${randomUUID()}`;
// On a fresh broker the first idempotent producer / consumer group hit retriable "coordinator loading /
// not available" errors while __transaction_state / __consumer_offsets are created; kafkajs retries them but
// logs them at ERROR. Real failures surface as exceptions, so logs are off unless SMOKE_VERBOSE=1.
const kafka = new Kafka({
  clientId: 'hotelops-smoke',
  brokers,
  logLevel: process.env.SMOKE_VERBOSE ? logLevel.INFO : logLevel.NOTHING,
});

async function main() {
  const t0 = Date.now();
  const admin = kafka.admin();
  // Idempotence makes kafkajs call InitProducerId and send sequence numbers: the path most likely to
  // break on newer brokers, so it is exercised on purpose. maxInFlightRequests must be 1 with it.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1 });
  const consumer = kafka.consumer({ groupId: `${topic}-group` });
  const got = new Map(); // seq -> partition
  try {
    await admin.connect();
    await admin.createTopics({
      topics: [{ topic, numPartitions: 3, replicationFactor: 1 }],
      waitForLeaders: true,
    });
    await producer.connect();
    // One send per message so per-partition sequence numbers advance across requests.
    for (let i = 0; i < N; i++) {
      await producer.send({
        topic,
        acks: -1,
        messages: [
          {
            key: `key-${i}`,
            value: JSON.stringify({ i }),
            headers: { 'x-seq': String(i), 'x-run': topic, 'x-bin': Buffer.from([0, 255, i]) },
          },
        ],
      });
    }

    await consumer.connect();
    await consumer.subscribe({ topics: [topic], fromBeginning: true });
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout: received ${got.size}/${N}`)), 30000);
      consumer
        .run({
          eachMessage: async ({ partition, message }) => {
            const i = JSON.parse(message.value.toString()).i;
            const h = message.headers || {};
            const bin = h['x-bin'];
            if (got.has(i)) return reject(new Error(`duplicate message ${i}`));
            if (
              message.key.toString() !== `key-${i}` ||
              String(h['x-seq']) !== String(i) ||
              String(h['x-run']) !== topic ||
              !Buffer.isBuffer(bin) ||
              !bin.equals(Buffer.from([0, 255, i]))
            ) {
              return reject(new Error(`message ${i} has wrong key/headers: ${JSON.stringify(h)}`));
            }
            got.set(i, partition);
            if (got.size === N) {
              clearTimeout(timer);
              resolve();
            }
          },
        })
        .catch(reject);
    });
  } finally {
    await consumer.disconnect().catch(() => {});
    await producer.disconnect().catch(() => {});
    await admin.deleteTopics({ topics: [topic] }).catch(() => {});
    await admin.disconnect().catch(() => {});
  }
  const partitions = new Set(got.values()).size;
  console.log(
    `smoke ok: ${N}/${N} messages with headers via idempotent producer, ${partitions}/3 partitions used, ` +
      `topic created+deleted, ${Date.now() - t0} ms (brokers ${brokers.join(',')})`,
  );
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`smoke FAILED: ${err && err.stack ? err.stack : err}`);
    process.exit(1);
  },
);
