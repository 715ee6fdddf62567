import { z } from 'zod';
import { loadConfig } from '@hotelops/kernel/config';

export const SUBGRAPH_NAMES = ['staffing', 'reservations', 'fnb', 'inventory', 'care'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

/** "name=url,name=url" → overrides of the URLs recorded in the supergraph. */
const urlMap = z.string().transform((v, ctx) => {
  const out: Record<string, string> = {};
  for (const pair of v.split(',').filter(Boolean)) {
    const [name, url] = pair.split('=');
    if (!name || !url || !/^https?:\/\//.test(url)) {
      ctx.addIssue({ code: 'custom', message: `"${pair}" is not name=http(s)://url` });
      return z.NEVER;
    }
    out[name.trim()] = url.trim();
  }
  return out;
});

export const gatewayConfigSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(4000),
    /** Signs the identity forwarded to subgraphs; the same value every subgraph verifies with. */
    IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
    /** HS256 secret staff JWTs are signed with (≥ 32 chars); or set JWT_JWKS_URL instead. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The identity provider's JWKS (RS/ES/PS/EdDSA keys), instead of a shared secret. */
    JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    JWT_ISSUER: z.string().default('hotelops'),
    JWT_AUDIENCE: z.string().default('hotelops-api'),
    SUPERGRAPH_PATH: z.string().optional(),
    SUBGRAPH_URLS: urlMap.default({}),
    /** Keep-alive sockets per subgraph. */
    SUBGRAPH_CONNECTIONS: z.coerce.number().int().positive().default(64),
    /** How long a subgraph may take to answer before the call fails. */
    SUBGRAPH_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),
    /** Send identical queries of the same caller that are in flight at once only once. */
    SUBGRAPH_DEDUP: z.stringbool().default(true),
    /** The gateway's own database (partner API keys): PostgreSQL URL, else SQLite `DATA_DIR/gateway.sqlite`. */
    GATEWAY_DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    DATA_DIR: z.string().default('./data'),
    /** Redis for APQ and the shared rate limit; unset → in-memory (one replica only). */
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\//, 'must be a redis:// URL')
      .optional(),
    /** Prefix of every Redis key the gateway writes (isolates environments sharing one Redis). */
    REDIS_KEY_PREFIX: z.string().default('hotelops:gateway:'),
    /** How long an automatic persisted query stays registered. */
    APQ_TTL_SECONDS: z.coerce.number().int().positive().default(86_400),
    /** JSON file `{ "<sha256 of query>": "<query>" }`: the operations allow-listed for persisted-only callers. */
    PERSISTED_QUERIES_PATH: z.string().optional(),
    /** Hold every caller (not only flagged partner keys) to the allow-list. */
    PERSISTED_QUERIES_ONLY: z.stringbool().default(false),
    /** Requests per caller per window, counted across all replicas (Redis). 0 turns the limit off. */
    RATE_LIMIT_MAX: z.coerce.number().int().min(0).default(600),
    RATE_LIMIT_WINDOW_MS: z.coerce.number().int().positive().multipleOf(1000, 'must be whole seconds').default(60_000),
    /** how often the gateway asks staffing for terminations (a leaver's token is refused within this) */
    REVOCATION_POLL_MS: z.coerce.number().int().min(100).default(2000),
    MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
    MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
    /** Estimated cost: each field 1, list fields multiplied by their page size (`first`, default 20). */
    MAX_QUERY_COST: z.coerce.number().int().positive().default(20_000),
    MAX_ALIASES: z.coerce.number().int().min(1).default(30),
    /** Documents longer than this many tokens are refused while parsing. */
    MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(15_000),
    /** Origins allowed to call from a browser ("*" or a comma list); unset → no CORS headers. */
    CORS_ORIGINS: z
      .string()
      .transform((v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .default([]),
    /** GraphiQL at /explorer; on by default outside production, never in production. */
    EXPLORER_ENABLED: z.stringbool().optional(),
    /** OTLP/HTTP traces endpoint (e.g. http://collector:4318); unset → tracing off. */
    OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
  })
  .superRefine((c, ctx) => {
    if (!c.JWT_SECRET === !c.JWT_JWKS_URL)
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'set exactly one of JWT_SECRET and JWT_JWKS_URL' });
    if (c.EXPLORER_ENABLED && c.NODE_ENV === 'production')
      ctx.addIssue({
        code: 'custom',
        path: ['EXPLORER_ENABLED'],
        message: 'the API explorer is for development; it cannot be on in production',
      });
    if (c.PERSISTED_QUERIES_ONLY && !c.PERSISTED_QUERIES_PATH)
      ctx.addIssue({ code: 'custom', path: ['PERSISTED_QUERIES_PATH'], message: 'is required when PERSISTED_QUERIES_ONLY is true' });
  });
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

/** Whether /explorer is served: the flag when set, else everywhere but production. */
export const explorerEnabled = (c: Pick<GatewayConfig, 'EXPLORER_ENABLED' | 'NODE_ENV'>): boolean =>
  c.NODE_ENV !== 'production' && (c.EXPLORER_ENABLED ?? true);

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env) => loadConfig(gatewayConfigSchema, env);
