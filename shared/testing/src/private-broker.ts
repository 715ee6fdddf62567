import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const KAFKA_SH = join(__dirname, '..', '..', '..', 'infra', 'kafka', 'kafka.sh');

/** A port nothing listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

export interface PrivateBroker {
  /** `127.0.0.1:<port>`, for KAFKA_BROKERS */
  brokers: string;
  /** stops the broker; `wipe` also deletes its data (a new broker, a lost volume) */
  stop(opts?: { wipe?: boolean }): Promise<void>;
  start(): Promise<void>;
  /** stops it for good and removes its directory */
  destroy(): Promise<void>;
}

/**
 * A single-node broker of a test's own (infra/kafka/kafka.sh on free ports, its own data
 * directory) for tests that stop, wipe or restart a broker: the shared one is never touched.
 */
export async function startPrivateBroker(extraEnv: Record<string, string> = {}): Promise<PrivateBroker> {
  const runDir = mkdtempSync(join(tmpdir(), 'hotelops-kafka-'));
  const [port, controller] = [await freePort(), await freePort()];
  const { KAFKA_BROKERS: _shared, KAFKA_WIPE: _wipe, ...inherited } = process.env as Record<string, string>;
  const env = {
    ...inherited,
    KAFKA_RUN_DIR: runDir,
    KAFKA_PORT: String(port),
    KAFKA_CONTROLLER_PORT: String(controller),
    // A short-lived test broker: the quick JIT tier starts it sooner.
    KAFKA_JVM_OPTS: '-XX:TieredStopAtLevel=1',
    ...extraEnv,
  };
  const kafka = (command: string) => run('bash', [KAFKA_SH, command], { env });
  await kafka('start');
  return {
    brokers: `127.0.0.1:${port}`,
    start: () => kafka('start').then(() => undefined),
    stop: async ({ wipe = false } = {}) => {
      await kafka('stop');
      if (wipe) await kafka('wipe');
    },
    destroy: async () => {
      await kafka('stop').catch(() => undefined);
      rmSync(runDir, { recursive: true, force: true });
    },
  };
}
