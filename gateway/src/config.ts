import { z } from 'zod';
import { loadConfig } from '@hotelops/kernel';

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

export const gatewayConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  HOST: z.string().default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  /** Signs the identity forwarded to subgraphs; the same value every subgraph verifies with. */
  IDENTITY_SECRET: z.string().min(32, 'must be at least 32 characters'),
  /** HS256 secret staff JWTs are signed with (≥ 32 chars). */
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters'),
  JWT_ISSUER: z.string().default('hotelops'),
  JWT_AUDIENCE: z.string().default('hotelops-api'),
  SUPERGRAPH_PATH: z.string().optional(),
  SUBGRAPH_URLS: urlMap.default({}),
  MAX_BODY_BYTES: z.coerce.number().int().positive().default(1_000_000),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(2).default(12),
});
export type GatewayConfig = z.output<typeof gatewayConfigSchema>;

export const loadGatewayConfig = (env: Record<string, string | undefined> = process.env) => loadConfig(gatewayConfigSchema, env);
