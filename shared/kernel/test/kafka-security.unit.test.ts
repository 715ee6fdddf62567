import { ConfigError, baseConfigSchema, kafkaSecurityOptions, loadConfig, type KafkaSecurityConfig } from '@hotelops/kernel';

const base = { PORT: '4002', IDENTITY_SECRET: 's'.repeat(32), KAFKA_BROKERS: 'kafka-1:9093' };
const problems = (env: Record<string, string>) => {
  try {
    loadConfig(baseConfigSchema, { ...base, ...env });
    return [];
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    return err.issues.map((i) => `${i.variable}: ${i.problem}`);
  }
};
const files: Record<string, string> = {
  '/run/secrets/ca.pem': 'CA PEM',
  '/run/secrets/client.pem': 'CERT PEM',
  '/run/secrets/client.key': 'KEY PEM',
  '/run/secrets/kafka-password': 's3cret\n',
};
const read = (path: string) => {
  if (!(path in files)) throw new Error(`no file ${path}`);
  return files[path];
};
const optionsFor = (env: Record<string, string>) => kafkaSecurityOptions(loadConfig(baseConfigSchema, { ...base, ...env }), read);

describe('Kafka security settings at start-up', () => {
  it('need nothing for a plain broker', () => {
    expect(problems({})).toEqual([]);
    expect(optionsFor({})).toEqual({});
  });

  it('name the missing credential of a SASL mechanism', () => {
    expect(problems({ KAFKA_SASL_MECHANISM: 'scram-sha-512' })).toEqual([
      'KAFKA_SASL_USERNAME: is required with KAFKA_SASL_MECHANISM=scram-sha-512',
      'KAFKA_SASL_PASSWORD: (or KAFKA_SASL_PASSWORD_FILE) is required with KAFKA_SASL_MECHANISM=scram-sha-512',
    ]);
    expect(problems({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'svc' })).toEqual([
      'KAFKA_SASL_PASSWORD: (or KAFKA_SASL_PASSWORD_FILE) is required with KAFKA_SASL_MECHANISM=plain',
    ]);
  });

  it('refuse an unknown mechanism, credentials without one, and both password forms', () => {
    expect(problems({ KAFKA_SASL_MECHANISM: 'gssapi' })).toEqual([expect.stringMatching(/^KAFKA_SASL_MECHANISM: /)]);
    expect(problems({ KAFKA_SASL_USERNAME: 'svc', KAFKA_SASL_PASSWORD: 'x' })).toEqual([
      'KAFKA_SASL_USERNAME: is set but KAFKA_SASL_MECHANISM is not (one of plain, scram-sha-256, scram-sha-512)',
      'KAFKA_SASL_PASSWORD: is set but KAFKA_SASL_MECHANISM is not (one of plain, scram-sha-256, scram-sha-512)',
    ]);
    expect(
      problems({
        KAFKA_SASL_MECHANISM: 'plain',
        KAFKA_SASL_USERNAME: 'svc',
        KAFKA_SASL_PASSWORD: 'x',
        KAFKA_SASL_PASSWORD_FILE: __filename,
      }),
    ).toEqual(['KAFKA_SASL_PASSWORD_FILE: set KAFKA_SASL_PASSWORD or this, not both']);
  });

  it('refuse TLS files without KAFKA_SSL, a certificate without its key, and files that are not there', () => {
    expect(problems({ KAFKA_SSL_CA_FILE: __filename })).toEqual(['KAFKA_SSL_CA_FILE: needs KAFKA_SSL=true']);
    expect(problems({ KAFKA_SSL: 'true', KAFKA_SSL_CERT_FILE: __filename })).toEqual([
      'KAFKA_SSL_KEY_FILE: a client certificate and its key go together',
    ]);
    expect(problems({ KAFKA_SSL: 'true', KAFKA_SSL_CA_FILE: '/nowhere/ca.pem' })).toEqual([
      'KAFKA_SSL_CA_FILE: /nowhere/ca.pem is not a readable file',
    ]);
    expect(problems({ KAFKA_SSL: 'yes' })).toEqual([expect.stringMatching(/^KAFKA_SSL: /)]);
  });
});

describe('kafkajs options from the settings', () => {
  /** Settings as the schema hands them over (files are read through `read`). */
  const settings = (c: Partial<KafkaSecurityConfig>): KafkaSecurityConfig => ({
    KAFKA_SSL: false,
    KAFKA_SSL_REJECT_UNAUTHORIZED: true,
    ...c,
  });

  it('turn TLS on, with the CA, the client certificate and key, and checking kept on unless turned off', () => {
    expect(optionsFor({ KAFKA_SSL: 'true' })).toEqual({ ssl: true });
    const mutual = settings({
      KAFKA_SSL: true,
      KAFKA_SSL_CA_FILE: '/run/secrets/ca.pem',
      KAFKA_SSL_CERT_FILE: '/run/secrets/client.pem',
      KAFKA_SSL_KEY_FILE: '/run/secrets/client.key',
    });
    expect(kafkaSecurityOptions(mutual, read)).toEqual({ ssl: { ca: ['CA PEM'], cert: 'CERT PEM', key: 'KEY PEM' } });
    expect(optionsFor({ KAFKA_SSL: '1', KAFKA_SSL_REJECT_UNAUTHORIZED: 'false' })).toEqual({ ssl: { rejectUnauthorized: false } });
  });

  it('pass the SASL mechanism and credentials, the password from a file without its trailing newline', () => {
    expect(optionsFor({ KAFKA_SASL_MECHANISM: 'plain', KAFKA_SASL_USERNAME: 'svc', KAFKA_SASL_PASSWORD: 'pw' })).toEqual({
      sasl: { mechanism: 'plain', username: 'svc', password: 'pw' },
    });
    const scram = settings({
      KAFKA_SSL: true,
      KAFKA_SASL_MECHANISM: 'scram-sha-256',
      KAFKA_SASL_USERNAME: 'svc',
      KAFKA_SASL_PASSWORD_FILE: '/run/secrets/kafka-password',
    });
    expect(kafkaSecurityOptions(scram, read)).toEqual({
      ssl: true,
      sasl: { mechanism: 'scram-sha-256', username: 'svc', password: 's3cret' },
    });
  });
});
