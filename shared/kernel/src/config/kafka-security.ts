import type { ConnectionOptions } from 'node:tls';
import type { SASLOptions } from 'kafkajs';
import { z } from 'zod';

/*
 * How a service reaches a secured Kafka cluster: TLS (with the cluster's CA and, for mutual
 * TLS, a client certificate) and SASL (PLAIN or SCRAM). Validated with the rest of the config at
 * start-up; kafkaSecurityOptions maps the variables to kafkajs's `ssl` and `sasl`.
 */

export const SASL_MECHANISMS = ['plain', 'scram-sha-256', 'scram-sha-512'] as const;
export type SaslMechanism = (typeof SASL_MECHANISMS)[number];

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === 'true' || v === '1');
const flagDefaultTrue = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((v) => v === undefined || v === '' || v === 'true' || v === '1');
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === '' ? undefined : v));

/** The Kafka security variables (part of every subgraph's config). */
export const kafkaSecurityVariables = {
  /** TLS to the brokers. */
  KAFKA_SSL: flag,
  /** PEM file of the CA(s) the brokers' certificates are checked against (default: the system's). */
  KAFKA_SSL_CA_FILE: optionalText,
  /** PEM client certificate and key, for brokers that require mutual TLS (both or neither). */
  KAFKA_SSL_CERT_FILE: optionalText,
  KAFKA_SSL_KEY_FILE: optionalText,
  /** false only for a test cluster with a self-signed certificate. */
  KAFKA_SSL_REJECT_UNAUTHORIZED: flagDefaultTrue,
  KAFKA_SASL_MECHANISM: z.enum(SASL_MECHANISMS).optional(),
  KAFKA_SASL_USERNAME: optionalText,
  KAFKA_SASL_PASSWORD: optionalText,
  /** A file holding the password (a mounted secret), instead of KAFKA_SASL_PASSWORD. */
  KAFKA_SASL_PASSWORD_FILE: optionalText,
};

export type KafkaSecurityConfig = z.output<z.ZodObject<typeof kafkaSecurityVariables>>;

/** What is wrong with the security variables taken together, each naming its variable; `exists` tells whether a file is there. */
export function kafkaSecurityProblems(
  c: KafkaSecurityConfig,
  exists: (path: string) => boolean,
): { variable: keyof KafkaSecurityConfig; problem: string }[] {
  const problems: { variable: keyof KafkaSecurityConfig; problem: string }[] = [];
  const needs = (variable: keyof KafkaSecurityConfig, problem: string) => problems.push({ variable, problem });
  for (const v of ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE', 'KAFKA_SASL_PASSWORD_FILE'] as const) {
    if (c[v] && !exists(c[v])) needs(v, `${c[v]} is not a readable file`);
  }
  if (c.KAFKA_SASL_MECHANISM) {
    if (!c.KAFKA_SASL_USERNAME) needs('KAFKA_SASL_USERNAME', `is required with KAFKA_SASL_MECHANISM=${c.KAFKA_SASL_MECHANISM}`);
    if (!c.KAFKA_SASL_PASSWORD && !c.KAFKA_SASL_PASSWORD_FILE) {
      needs('KAFKA_SASL_PASSWORD', `(or KAFKA_SASL_PASSWORD_FILE) is required with KAFKA_SASL_MECHANISM=${c.KAFKA_SASL_MECHANISM}`);
    }
    if (c.KAFKA_SASL_PASSWORD && c.KAFKA_SASL_PASSWORD_FILE) needs('KAFKA_SASL_PASSWORD_FILE', 'set KAFKA_SASL_PASSWORD or this, not both');
  } else {
    for (const v of ['KAFKA_SASL_USERNAME', 'KAFKA_SASL_PASSWORD', 'KAFKA_SASL_PASSWORD_FILE'] as const) {
      if (c[v]) needs(v, `is set but KAFKA_SASL_MECHANISM is not (one of ${SASL_MECHANISMS.join(', ')})`);
    }
  }
  if (!c.KAFKA_SSL) {
    for (const v of ['KAFKA_SSL_CA_FILE', 'KAFKA_SSL_CERT_FILE', 'KAFKA_SSL_KEY_FILE'] as const) {
      if (c[v]) needs(v, 'needs KAFKA_SSL=true');
    }
  }
  if (Boolean(c.KAFKA_SSL_CERT_FILE) !== Boolean(c.KAFKA_SSL_KEY_FILE)) {
    needs(c.KAFKA_SSL_CERT_FILE ? 'KAFKA_SSL_KEY_FILE' : 'KAFKA_SSL_CERT_FILE', 'a client certificate and its key go together');
  }
  return problems;
}

/** The kafkajs connection options (`ssl`, `sasl`) for the config; `read` returns a file's contents. */
export function kafkaSecurityOptions(
  c: KafkaSecurityConfig,
  read: (path: string) => string,
): { ssl?: ConnectionOptions | boolean; sasl?: SASLOptions } {
  const out: { ssl?: ConnectionOptions | boolean; sasl?: SASLOptions } = {};
  if (c.KAFKA_SSL) {
    const tls: ConnectionOptions = {
      ...(c.KAFKA_SSL_CA_FILE ? { ca: [read(c.KAFKA_SSL_CA_FILE)] } : {}),
      ...(c.KAFKA_SSL_CERT_FILE && c.KAFKA_SSL_KEY_FILE ? { cert: read(c.KAFKA_SSL_CERT_FILE), key: read(c.KAFKA_SSL_KEY_FILE) } : {}),
      ...(c.KAFKA_SSL_REJECT_UNAUTHORIZED ? {} : { rejectUnauthorized: false }),
    };
    out.ssl = Object.keys(tls).length ? tls : true;
  }
  if (c.KAFKA_SASL_MECHANISM) {
    // A password file is a mounted secret: its trailing newline is not part of the password.
    const password = c.KAFKA_SASL_PASSWORD ?? read(c.KAFKA_SASL_PASSWORD_FILE!).replace(/\r?\n$/, '');
    // One object for the three mechanisms; kafkajs types each apart.
    out.sasl = { mechanism: c.KAFKA_SASL_MECHANISM, username: c.KAFKA_SASL_USERNAME!, password } as SASLOptions;
  }
  return out;
}
