'use strict';
// Waits until a Kafka broker answers (admin connect + describeCluster). Exit 0 when ready, 1 on timeout.
// Usage: node wait-ready.js [timeoutSeconds=30]   (0 = probe exactly once)
// Env: KAFKA_BROKERS (comma list, default 127.0.0.1:9092);
//      KAFKA_WAIT_PID (optional: give up early once that process has died, used by kafka.sh start);
//      KAFKA_SASL_MECHANISM, KAFKA_SASL_USERNAME, KAFKA_SASL_PASSWORD (optional: a broker that asks for SASL).
const { Kafka, logLevel } = require('kafkajs');

const brokers = (process.env.KAFKA_BROKERS || '127.0.0.1:9092')
  .split(',')
  .map((b) => b.trim())
  .filter(Boolean);
const timeoutMs = Number(process.argv[2] || 30) * 1000;
const deadline = Date.now() + timeoutMs;
const pid = Number(process.env.KAFKA_WAIT_PID || 0);
const { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: username, KAFKA_SASL_PASSWORD: password } = process.env;
const sasl = mechanism ? { mechanism, username, password } : undefined;

// Hard cap in case a single probe hangs past the deadline.
setTimeout(() => process.exit(1), timeoutMs + 5000);

function alive(p) {
  try {
    process.kill(p, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

async function probe() {
  // retries: 0 => one fast attempt per probe; this loop does the retrying, and logs stay silent.
  const kafka = new Kafka({
    clientId: 'hotelops-wait-ready',
    brokers,
    sasl,
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 3000,
    retry: { retries: 0 },
  });
  const admin = kafka.admin();
  try {
    await admin.connect();
    await admin.describeCluster();
    return true;
  } catch {
    return false;
  } finally {
    await admin.disconnect().catch(() => {});
  }
}

(async () => {
  for (;;) {
    if (await probe()) process.exit(0);
    if ((pid && !alive(pid)) || Date.now() + 250 >= deadline) process.exit(1);
    await new Promise((r) => setTimeout(r, 250));
  }
})();
