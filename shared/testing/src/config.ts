import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { baseConfigSchema, loadConfig, type BaseConfig } from '@hotelops/kernel';

export const TEST_IDENTITY_SECRET = 'test-identity-secret-0123456789abcdef';

/** A random suffix for database names, topics and consumer groups of one test run. */
export const runId = () => randomBytes(4).toString('hex');

/** Kafka brokers for tests: KAFKA_BROKERS (npm test starts a local broker and sets it). */
export function kafkaBrokers(): string | undefined {
  return process.env.KAFKA_BROKERS;
}

/** Config for a service under test: port 0, its own temp data dir, quiet logs. */
export function testConfig(overrides: Record<string, string | undefined> = {}): BaseConfig {
  return loadConfig(baseConfigSchema, {
    NODE_ENV: 'test',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-test-')),
    IDENTITY_SECRET: TEST_IDENTITY_SECRET,
    OUTBOX_POLL_MS: '100',
    CONSUMER_RETRY_BASE_MS: '20',
    CONSUMER_MAX_ATTEMPTS: '3',
    ...overrides,
  });
}
