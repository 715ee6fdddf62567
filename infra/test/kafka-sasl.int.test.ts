import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { IsNull, Not } from 'typeorm';
import {
  KafkaTransport,
  OutboxRow,
  baseConfigSchema,
  createLogger,
  kafkaSecurityOptions,
  loadConfig,
  type DeliveredMessage,
} from '@hotelops/kernel';
import { EmployeeHired } from '@hotelops/contracts';
import { staffingSubgraph } from '@hotelops/staffing';
import { TEST_IDENTITY_SECRET, eventually, runId, startSubgraph } from '@hotelops/testing';

const run = promisify(execFile);
const KAFKA_SH = join(__dirname, '..', 'kafka', 'kafka.sh');
const USER = 'hotelops-svc';
const PASSWORD = `pw-${runId()}`;

/** A port nothing listens on right now. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/**
 * SASL to a real broker: a private single-node broker of its own (other ports, its own data
 * directory, a SASL_PLAINTEXT listener with PLAIN and SCRAM users), started for this file and
 * stopped after it; the shared broker is not touched. Services configured with the
 * KAFKA_SASL_* variables connect with each mechanism and carry events; a wrong password is
 * refused at start-up.
 */
describe('Kafka over SASL', () => {
  const runDir = mkdtempSync(join(tmpdir(), 'hotelops-kafka-sasl-'));
  const logger = createLogger('kafka-sasl-test', 'silent');
  let env: Record<string, string>;
  let broker: string;

  beforeAll(async () => {
    const [port, controller] = [await freePort(), await freePort()];
    broker = `127.0.0.1:${port}`;
    const { KAFKA_BROKERS: _shared, ...inherited } = process.env as Record<string, string>;
    env = {
      ...inherited,
      KAFKA_RUN_DIR: runDir,
      KAFKA_PORT: String(port),
      KAFKA_CONTROLLER_PORT: String(controller),
      KAFKA_SASL_USERS: `${USER}:${PASSWORD}`,
      // A broker for one test file: the quick JIT tier starts it sooner.
      KAFKA_JVM_OPTS: '-XX:TieredStopAtLevel=1',
    };
    await run('bash', [KAFKA_SH, 'start'], { env });
  }, 150_000);

  afterAll(async () => {
    if (env) await run('bash', [KAFKA_SH, 'stop'], { env });
    rmSync(runDir, { recursive: true, force: true });
  }, 60_000);

  /** A service's config with these SASL settings, and the transport it builds from them. */
  const transportFor = (sasl: Record<string, string>, clientId: string) => {
    const config = loadConfig(baseConfigSchema, { PORT: '0', IDENTITY_SECRET: TEST_IDENTITY_SECRET, KAFKA_BROKERS: broker, ...sasl });
    const security = kafkaSecurityOptions(config, (path) => readFileSync(path, 'utf8'));
    return new KafkaTransport({ brokers: config.KAFKA_BROKERS!, clientId, logger, namespace: `sasl${runId()}.`, security });
  };

  it.each(['plain', 'scram-sha-256', 'scram-sha-512'])('connects with %s and publishes', async (mechanism) => {
    const transport = transportFor(
      { KAFKA_SASL_MECHANISM: mechanism, KAFKA_SASL_USERNAME: USER, KAFKA_SASL_PASSWORD: PASSWORD },
      mechanism,
    );
    try {
      await transport.connect();
      await transport.ping();
      await transport.publish([{ topic: 'hotelops.test.sasl', key: mechanism, value: `over ${mechanism}`, headers: {} }]);
    } finally {
      await transport.close();
    }
  });

  it('consumes over SASL, the password read from a file', async () => {
    const passwordFile = join(runDir, 'kafka.password');
    writeFileSync(passwordFile, `${PASSWORD}\n`);
    const transport = transportFor(
      { KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: USER, KAFKA_SASL_PASSWORD_FILE: passwordFile },
      'file',
    );
    const received: DeliveredMessage[] = [];
    try {
      await transport.connect();
      await transport.publish([{ topic: 'hotelops.test.sasl-file', key: 'k', value: 'over SCRAM', headers: {} }]);
      await transport.subscribe({ topics: ['hotelops.test.sasl-file'], groupId: 'sasl-file', handle: async (m) => void received.push(m) });
      await eventually(async () => expect(received.map((m) => m.value)).toEqual(['over SCRAM']));
    } finally {
      await transport.close();
    }
  });

  it('runs a subgraph whose events reach the broker over SASL, and refuses a wrong password at start-up', async () => {
    const sasl = { KAFKA_BROKERS: broker, KAFKA_SASL_MECHANISM: 'scram-sha-512', KAFKA_SASL_USERNAME: USER };
    const sg = await startSubgraph(staffingSubgraph, {
      kafka: { namespace: `sasl${runId()}.` },
      env: { ...sasl, KAFKA_SASL_PASSWORD: PASSWORD },
    });
    try {
      // An event written the way every service writes one: the subgraph's relay publishes it over SASL.
      const employeeId = randomUUID();
      const hired = {
        employeeId,
        propertyId: randomUUID(),
        departmentId: randomUUID(),
        positionCode: 'night-auditor',
        hiredOn: '2030-01-01',
      };
      await sg.app.deps.db.transaction((em) =>
        sg.app.deps.outbox.add(em, EmployeeHired, hired, { subject: employeeId, propertyId: hired.propertyId }),
      );
      await eventually(async () =>
        expect(await sg.app.deps.db.manager.countBy(OutboxRow, { messageKey: employeeId, publishedAt: Not(IsNull()) })).toBe(1),
      );
    } finally {
      await sg.stop();
    }
    await expect(
      startSubgraph(staffingSubgraph, { kafka: { namespace: `sasl${runId()}.` }, env: { ...sasl, KAFKA_SASL_PASSWORD: 'wrong' } }),
    ).rejects.toThrow(/SASL SCRAM SHA512 authentication failed/);
  });
});
