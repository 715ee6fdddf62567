import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { graphqlError, handleGraphQL, sendJson } from '@hotelops/kernel/http';
import { CORRELATION_ID_HEADER, type IdentityClaims } from '@hotelops/kernel/identity';
import { ServiceMetrics, createLogger, extractTraceContext, withSpan, type Logger } from '@hotelops/kernel/observability';
import { authenticate } from './auth/authenticate';
import { InvalidTokenError } from './auth/staff-token';
import type { GatewayConfig } from './config';
import { MemoryQueryCache, redisQueryCache } from './edge/apq-cache';
import { corsHeaders, preflightHeaders } from './edge/cors';
import { knownOperationTypes } from './edge/known-operation-types';
import { gatewayErrorFormatter } from './edge/error-formatter';
import { PersistedQueryAllowList } from './edge/persisted-queries';
import { allowListPlugin, operationResolutionPlugin } from './edge/plugins';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './edge/rate-limiter';
import { connectRedis, type RedisClient } from './edge/redis';
import { aliasLimit } from './limits/alias-limit';
import { depthLimit } from './limits/depth-limit';
import { queryCostLimit } from './limits/query-cost';
import { ApiKeyStore } from './partners/api-key-store';
import type { GatewayContext } from './gateway-context';
import { SignedIdentityDataSource } from './subgraph-data-source';

export type { GatewayContext } from './gateway-context';

export interface GatewayOptions {
  logger?: Logger;
  /** an already-open key store (shared by tests); otherwise the gateway opens its own database */
  apiKeys?: ApiKeyStore;
}

/** The supergraph committed next to this package (composed by `npm run compose`). */
export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/**
 * Apollo Gateway over a static supergraph, served on node:http with health and metrics: staff
 * JWTs and partner API keys, a per-caller rate limit and APQ (Redis when REDIS_URL is set),
 * the persisted-query allow-list, depth/cost/alias/body limits and CORS.
 */
export class GatewayServer {
  private readonly logger: Logger;
  private readonly metrics = new ServiceMetrics('gateway');
  private apollo?: ApolloServer<GatewayContext>;
  private http?: Server;
  private redis?: RedisClient;
  private apiKeys?: ApiKeyStore;
  private ownsApiKeys = false;
  private rateLimiter?: RateLimiter;

  constructor(
    private readonly config: GatewayConfig,
    private readonly supergraphSdl: string = readFileSync(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    options: GatewayOptions = {},
  ) {
    this.logger = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
    this.apiKeys = options.apiKeys;
  }

  get url(): string {
    const addr = this.http?.address() as AddressInfo | null;
    if (!addr) throw new Error('gateway is not listening');
    return `http://127.0.0.1:${addr.port}/graphql`;
  }

  async start(): Promise<void> {
    const { config } = this;
    if (!this.apiKeys) {
      this.apiKeys = await ApiKeyStore.open({
        databaseUrl: config.GATEWAY_DATABASE_URL,
        dataDir: resolve(config.DATA_DIR),
        logger: this.logger,
      });
      this.ownsApiKeys = true;
    }
    if (config.REDIS_URL) this.redis = await connectRedis(config.REDIS_URL, (err) => this.logger.warn({ err }, 'redis error'));
    if (config.RATE_LIMIT_MAX > 0) {
      const window = { limit: config.RATE_LIMIT_MAX, windowMs: config.RATE_LIMIT_WINDOW_MS };
      this.rateLimiter = this.redis
        ? new RedisRateLimiter(this.redis, { ...window, prefix: config.REDIS_KEY_PREFIX })
        : new MemoryRateLimiter(window);
    }
    const allowList = config.PERSISTED_QUERIES_PATH
      ? PersistedQueryAllowList.fromFile(config.PERSISTED_QUERIES_PATH)
      : PersistedQueryAllowList.empty();
    const apqCache = this.redis
      ? redisQueryCache(this.redis, config.REDIS_KEY_PREFIX, (err) => this.logger.warn({ err }, 'APQ cache unavailable'))
      : new MemoryQueryCache();

    const gateway = new ApolloGateway({
      supergraphSdl: this.supergraphSdl,
      buildService: ({ name, url }) => new SignedIdentityDataSource(config.SUBGRAPH_URLS[name] ?? url!, config.IDENTITY_SECRET),
    });
    const production = config.NODE_ENV === 'production';
    this.apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: !production,
      includeStacktraceInErrorResponses: false,
      // bounds parser work on huge documents before any limit rule can run
      parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
      persistedQueries: { cache: allowList.over(apqCache), ttl: config.APQ_TTL_SECONDS },
      validationRules: [
        knownOperationTypes,
        depthLimit(config.MAX_QUERY_DEPTH),
        queryCostLimit({ max: config.MAX_QUERY_COST }),
        aliasLimit(config.MAX_ALIASES),
      ],
      plugins: [operationResolutionPlugin(), allowListPlugin(allowList), ...(production ? [ApolloServerPluginLandingPageDisabled()] : [])],
      formatError: gatewayErrorFormatter(this.logger),
    });
    await this.apollo.start();
    this.http = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve, reject) => {
      this.http!.once('error', reject);
      this.http!.listen(config.PORT, config.HOST, () => resolve());
    });
    this.logger.info({ url: this.url, redis: !!this.redis, allowListed: allowList.size }, 'gateway started');
  }

  async stop(): Promise<void> {
    if (this.http) await new Promise<void>((r) => this.http!.close(() => r()));
    this.http?.closeAllConnections?.();
    await this.apollo?.stop();
    await this.redis?.close().catch(() => undefined);
    if (this.ownsApiKeys) await this.apiKeys?.close();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/health/live') return sendJson(res, 200, { status: 'ok' });
      if (path === '/health/ready') return await this.ready(res);
      if (path === '/metrics') {
        res.writeHead(200, { 'content-type': this.metrics.registry.contentType });
        return void res.end(await this.metrics.registry.metrics());
      }
      if (path !== '/graphql' && path !== '/') return sendJson(res, 404, graphqlError('Not found', 'NOT_FOUND'));
      const origin = firstHeader(req, 'origin');
      if (req.method === 'OPTIONS') {
        res.writeHead(204, preflightHeaders(this.config.CORS_ORIGINS, origin));
        return void res.end();
      }
      for (const [k, v] of Object.entries(corsHeaders(this.config.CORS_ORIGINS, origin))) res.setHeader(k, v);

      let identity: IdentityClaims;
      let persistedOnly: boolean;
      try {
        ({ identity, persistedOnly } = await authenticate(
          req.headers,
          {
            secret: this.config.JWT_SECRET,
            jwksUrl: this.config.JWT_JWKS_URL,
            issuer: this.config.JWT_ISSUER,
            audience: this.config.JWT_AUDIENCE,
          },
          this.apiKeys,
        ));
      } catch (err) {
        if (err instanceof InvalidTokenError)
          return sendJson(res, 401, graphqlError(err.message, 'UNAUTHENTICATED'), { 'www-authenticate': 'Bearer' });
        throw err;
      }
      if (!(await this.admit(identity, req, res))) return;
      const requestId = randomUUID();
      const correlationId = firstHeader(req, CORRELATION_ID_HEADER) ?? requestId;
      const end = this.metrics.graphqlDuration.startTimer({ operation: 'gateway' });
      await withSpan(
        'POST /graphql',
        { kind: 'server', parent: extractTraceContext(req.headers), attributes: { 'hotelops.service': 'gateway' } },
        () =>
          handleGraphQL(
            this.apollo!,
            req,
            res,
            async () => ({ identity, requestId, correlationId, persistedOnly: persistedOnly || this.config.PERSISTED_QUERIES_ONLY }),
            this.config.MAX_BODY_BYTES,
          ),
      );
      end();
    } catch (err) {
      this.logger.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  }

  /** Counts the request against its caller's window; answers 429 with Retry-After and returns false when over. */
  private async admit(identity: IdentityClaims, req: IncomingMessage, res: ServerResponse): Promise<boolean> {
    if (!this.rateLimiter) return true;
    const decision = await this.rateLimiter.hit(callerKey(identity, req)).catch((err) => {
      // A limiter outage (Redis down) must not take the API down with it: serve, and say so in the logs.
      this.logger.warn({ err }, 'rate limiter unavailable; request not counted');
      return undefined;
    });
    if (!decision) return true;
    res.setHeader('ratelimit-limit', String(decision.limit));
    res.setHeader('ratelimit-remaining', String(decision.remaining));
    res.setHeader('ratelimit-reset', String(Math.ceil(decision.resetMs / 1000)));
    if (decision.allowed) return true;
    const seconds = Math.max(1, Math.ceil(decision.resetMs / 1000));
    const window = this.config.RATE_LIMIT_WINDOW_MS / 1000;
    sendJson(
      res,
      429,
      graphqlError(`Rate limit of ${decision.limit} requests per ${window} s exceeded; retry in ${seconds} s`, 'RATE_LIMITED'),
      {
        'retry-after': String(seconds),
      },
    );
    return false;
  }

  private async ready(res: ServerResponse): Promise<void> {
    const checks: Record<string, string> = {};
    const check = async (name: string, fn: () => Promise<unknown>) => {
      try {
        await fn();
        checks[name] = 'ok';
      } catch (err) {
        checks[name] = `failing: ${(err as Error).message}`;
      }
    };
    if (this.apiKeys) await check('database', () => this.apiKeys!.db.ping());
    if (this.redis) await check('redis', () => this.redis!.ping());
    const ok = Object.values(checks).every((v) => v === 'ok');
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', checks });
  }
}

/** Whom a rate limit counts: the staff member, the partner key, or else the client address. */
function callerKey(identity: IdentityClaims, req: IncomingMessage): string {
  if (identity.subject) return `${identity.kind}:${identity.subject}`;
  return `ip:${req.socket.remoteAddress ?? 'unknown'}`;
}

function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
