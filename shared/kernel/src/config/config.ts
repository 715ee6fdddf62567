import { existsSync } from 'node:fs';
import { z } from 'zod';
import { kafkaSecurityProblems, kafkaSecurityVariables } from './kafka-security';

/** Thrown at start-up when the environment does not satisfy a service's config schema. */
export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; problem: string }[]) {
    super('Invalid configuration:\n' + issues.map((i) => `  - ${i.variable}: ${i.problem}`).join('\n'));
    this.name = 'ConfigError';
  }
}

const optionalUrl = z
  .string()
  .trim()
  .min(1)
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** Comma list of host:port pairs. */
const brokerList = z
  .string()
  .trim()
  .regex(/^[^,\s:]+:\d+(,[^,\s:]+:\d+)*$/, 'expected host:port[,host:port…]')
  .transform((v) => v.split(','));

/** Variables every subgraph understands; a service extends this with its own. */
export const baseConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().default('127.0.0.1'),
    PORT: z.coerce.number().int().min(0).max(65535),
    /** PostgreSQL URL; when absent the service uses a SQLite file under DATA_DIR. */
    DATABASE_URL: optionalUrl.pipe(
      z
        .string()
        .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
        .optional(),
    ),
    DATA_DIR: z.string().default('./data'),
    /** Kafka bootstrap brokers; when absent events travel in-process. */
    KAFKA_BROKERS: brokerList.optional(),
    KAFKA_CLIENT_ID: z.string().default('hotelops'),
    /** Prefix for topics and consumer groups, to isolate environments (or test runs) on one cluster. */
    KAFKA_NAMESPACE: z
      .string()
      .regex(/^[a-zA-Z0-9._-]*$/)
      .default(''),
    KAFKA_TOPIC_PARTITIONS: z.coerce.number().int().min(1).default(3),
    /** Partitions one consumer handles at the same time (each in order); unset → KAFKA_TOPIC_PARTITIONS. */
    KAFKA_CONSUMER_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    /** Shared secret the gateway signs forwarded identities with (≥ 32 chars). */
    IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /** How old a signed identity may be before it is refused. */
    IDENTITY_MAX_AGE_MS: z.coerce.number().int().positive().default(60_000),
    OUTBOX_POLL_MS: z.coerce.number().int().positive().default(500),
    CONSUMER_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(5),
    CONSUMER_RETRY_BASE_MS: z.coerce.number().int().min(1).default(200),
    /** OTLP/HTTP endpoint for traces (e.g. http://collector:4318); unset → tracing off. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
    /** TLS and SASL to the Kafka brokers (kafka-security.ts). */
    ...kafkaSecurityVariables,
  })
  .superRefine((c, ctx) => {
    for (const p of kafkaSecurityProblems(c, existsSync)) ctx.addIssue({ code: 'custom', path: [p.variable], message: p.problem });
  });
export type BaseConfig = z.output<typeof baseConfigSchema>;

/**
 * Parses `env` with `schema`; any missing or invalid variable stops start-up with one message
 * naming every offending variable.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: Record<string, string | undefined> = process.env): z.output<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(
    result.error.issues.map((issue) => ({
      variable: issue.path.join('.') || '(environment)',
      problem: issue.code === 'invalid_type' && issue.input === undefined ? 'is required' : issue.message,
    })),
  );
}
