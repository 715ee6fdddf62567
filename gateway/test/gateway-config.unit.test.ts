import { ConfigError } from '@hotelops/kernel';
import { explorerEnabled, loadGatewayConfig } from '@hotelops/gateway';

const base = { IDENTITY_SECRET: 'i'.repeat(32), JWT_SECRET: 'j'.repeat(32) };

describe('gateway config', () => {
  it('defaults to an in-memory edge with the documented limits', () => {
    const c = loadGatewayConfig(base);
    expect(c.REDIS_URL).toBeUndefined();
    expect(c).toMatchObject({
      RATE_LIMIT_MAX: 600,
      RATE_LIMIT_WINDOW_MS: 60_000,
      MAX_QUERY_DEPTH: 12,
      MAX_QUERY_COST: 20_000,
      MAX_ALIASES: 30,
      CORS_ORIGINS: [],
      PERSISTED_QUERIES_ONLY: false,
    });
  });

  it('reads CORS origins, Redis and the allow-list mode', () => {
    const c = loadGatewayConfig({
      ...base,
      CORS_ORIGINS: 'https://a.example, https://b.example',
      REDIS_URL: 'redis://cache:6379',
      PERSISTED_QUERIES_ONLY: 'true',
      PERSISTED_QUERIES_PATH: '/etc/hotelops/pq.json',
    });
    expect(c.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(c.PERSISTED_QUERIES_ONLY).toBe(true);
  });

  it('serves the API explorer outside production unless switched off, and refuses it in production', () => {
    expect(explorerEnabled(loadGatewayConfig(base))).toBe(true);
    expect(explorerEnabled(loadGatewayConfig({ ...base, EXPLORER_ENABLED: 'false' }))).toBe(false);
    expect(explorerEnabled(loadGatewayConfig({ ...base, NODE_ENV: 'production' }))).toBe(false);
    expect(() => loadGatewayConfig({ ...base, NODE_ENV: 'production', EXPLORER_ENABLED: 'true' })).toThrow(/EXPLORER_ENABLED/);
  });

  it('names each bad variable', () => {
    const bad = () =>
      loadGatewayConfig({ ...base, REDIS_URL: 'http://cache', PERSISTED_QUERIES_ONLY: 'true', GATEWAY_DATABASE_URL: 'mysql://x' });
    expect(bad).toThrow(ConfigError);
    expect(bad).toThrow(/REDIS_URL: must be a redis:\/\/ URL/);
    expect(bad).toThrow(/GATEWAY_DATABASE_URL: must be a postgres:\/\/ URL/);
  });

  it('requires the allow-list file when every caller is held to it', () => {
    expect(() => loadGatewayConfig({ ...base, PERSISTED_QUERIES_ONLY: 'true' })).toThrow(
      /PERSISTED_QUERIES_PATH: is required when PERSISTED_QUERIES_ONLY is true/,
    );
  });
});
