import { ConfigError, baseConfigSchema, loadConfig } from '@hotelops/kernel';

const valid = { PORT: '4002', IDENTITY_SECRET: 's'.repeat(32) };

describe('loadConfig', () => {
  it('applies defaults and parses lists', () => {
    const c = loadConfig(baseConfigSchema, { ...valid, KAFKA_BROKERS: '127.0.0.1:9092,10.0.0.2:9092' });
    expect(c.PORT).toBe(4002);
    expect(c.DATA_DIR).toBe('./data');
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.KAFKA_BROKERS).toEqual(['127.0.0.1:9092', '10.0.0.2:9092']);
  });

  it('names every missing or invalid variable in one error', () => {
    let error: unknown;
    try {
      loadConfig(baseConfigSchema, { PORT: 'eighty', DATABASE_URL: 'mysql://x', KAFKA_BROKERS: 'nohost' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const variables = (error as ConfigError).issues.map((i) => i.variable).sort();
    expect(variables).toEqual(['DATABASE_URL', 'IDENTITY_SECRET', 'KAFKA_BROKERS', 'PORT']);
    expect((error as ConfigError).message).toMatch(/IDENTITY_SECRET: is required/);
    expect((error as ConfigError).message).toMatch(/DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('refuses a short identity secret', () => {
    expect(() => loadConfig(baseConfigSchema, { ...valid, IDENTITY_SECRET: 'short' })).toThrow(
      /IDENTITY_SECRET: must be at least 32 characters/,
    );
  });
});
