import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cors from '@fastify/cors';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway } from '@apollo/gateway';
import { HttpHost, firstHeader, graphqlError, graphqlMetricsPlugin, type HttpReply, type HttpRequest } from '@hotelops/kernel/http';
import { CORRELATION_ID_HEADER, type IdentityClaims } from '@hotelops/kernel/identity';
import { ServiceMetrics, createLogger, type Logger } from '@hotelops/kernel/observability';
import { authenticate, type Authenticated } from './auth/authenticate';
import { InvalidTokenError } from './auth/staff-token';
import { explorerEnabled, type GatewayConfig } from './config';
import { MemoryQueryCache, redisQueryCache } from './edge/apq-cache';
import { CORS_ALLOWED_HEADERS } from './edge/cors';
import { knownOperationTypes } from './edge/known-operation-types';
import { gatewayErrorFormatter } from './edge/error-formatter';
import { serveEventCatalogue } from './edge/event-catalogue';
import { explorerLandingPage, serveExplorer } from './edge/explorer';
import { PersistedQueryAllowList } from './edge/persisted-queries';
import { allowListPlugin, operationResolutionPlugin } from './edge/plugins';
import { MemoryRateLimiter, RedisRateLimiter, type RateLimiter } from './edge/rate-limiter';
import { connectRedis, type RedisClient } from './edge/redis';
import { aliasLimit } from './limits/alias-limit';
import { depthLimit } from './limits/depth-limit';
import { queryCostLimit } from './limits/query-cost';
import { ApiKeyStore } from './partners/api-key-store';
import { reservationsBaseUrl, serveOtaProxy } from './partners/ota-proxy';
import type { GatewayContext } from './gateway-context';
import { SignedIdentityDataSource } from './subgraph-data-source';
import { EntityBatches } from './fetch/entity-batches';
import { InFlight } from './fetch/in-flight';
import { SubgraphHttp, type SubgraphAnswer } from './fetch/subgraph-http';
import { RevokedEmployees } from './auth/revoked-employees';

export type { GatewayContext } from './gateway-context';

export interface GatewayOptions {
  logger?: Logger;
  /** an already-open key store (shared by tests); otherwise the gateway opens its own database */
  apiKeys?: ApiKeyStore;
}

/** The supergraph committed next to this package (composed by `npm run compose`). */
export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/**
 * Apollo Gateway over a static supergraph, served by the kernel's HTTP host: staff
 * JWTs and partner API keys, a per-caller rate limit and APQ (Redis when REDIS_URL is set),
 * the persisted-query allow-list, depth/cost/alias/body limits and CORS.
 */
export class GatewayServer {
  private readonly logger: Logger;
  private readonly metrics = new ServiceMetrics('gateway');
  private apollo?: ApolloServer<GatewayContext>;
  private host?: HttpHost;
  private redis?: RedisClient;
  private apiKeys?: ApiKeyStore;
  private ownsApiKeys = false;
  private rateLimiter?: RateLimiter;
  private subgraphHttp?: SubgraphHttp;
  /** identical queries of one caller in flight at once, sent once (SUBGRAPH_DEDUP) */
  readonly inFlight = new InFlight<SubgraphAnswer>();
  /** one request's entity calls with the same selection, sent as one call */
  readonly entityBatches = new EntityBatches();
  private revoked?: RevokedEmployees;

  constructor(
    private readonly config: GatewayConfig,
    private readonly supergraphSdl: string = readFileSync(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    options: GatewayOptions = {},
  ) {
    this.logger = options.logger ?? createLogger('gateway', config.LOG_LEVEL);
    this.apiKeys = options.apiKeys;
  }

  get url(): string {
    if (!this.host) throw new Error('gateway is not listening');
    return this.host.url;
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

    const http = (this.subgraphHttp = new SubgraphHttp({
      connections: config.SUBGRAPH_CONNECTIONS,
      timeoutMs: config.SUBGRAPH_TIMEOUT_MS,
    }));
    const inFlight = config.SUBGRAPH_DEDUP ? this.inFlight : null;
    let staffingUrl: string | undefined;
    const gateway = new ApolloGateway({
      supergraphSdl: this.supergraphSdl,
      buildService: ({ name, url }) => {
        const target = config.SUBGRAPH_URLS[name] ?? url!;
        if (name === 'staffing') staffingUrl = target;
        return new SignedIdentityDataSource({ url: target, http, inFlight, batches: this.entityBatches }, config.IDENTITY_SECRET, name);
      },
    });
    const production = config.NODE_ENV === 'production';
    this.apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: !production,
      // the host drains on SIGTERM and stops Apollo last; Apollo's own handler would stop it first
      stopOnTerminationSignals: false,
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
      plugins: [
        operationResolutionPlugin(),
        allowListPlugin(allowList),
        graphqlMetricsPlugin(this.metrics),
        production ? ApolloServerPluginLandingPageDisabled() : explorerLandingPage(explorerEnabled(config)),
      ],
      formatError: gatewayErrorFormatter(this.logger),
    });
    await this.apollo.start();
    this.revoked = new RevokedEmployees(() => staffingUrl, config.IDENTITY_SECRET, this.logger, config.REVOCATION_POLL_MS);
    await this.revoked.start();
    this.host = await this.createHost();
    await this.host.listen();
    this.logger.info({ url: this.url, redis: !!this.redis, allowListed: allowList.size }, 'gateway started');
  }

  /** Drains the requests in flight, then closes Apollo, Redis and the key store. */
  async stop(): Promise<void> {
    this.revoked?.stop();
    await this.host?.stop();
    await this.apollo?.stop();
    await this.subgraphHttp?.close();
    await this.redis?.close().catch(() => undefined);
    if (this.ownsApiKeys) await this.apiKeys?.close();
  }

  /** Health, metrics, CORS, and GraphQL at /graphql and / for authenticated, rate-limited callers. */
  private async createHost(): Promise<HttpHost> {
    const { config } = this;
    const host = new HttpHost({
      service: 'gateway',
      host: config.HOST,
      port: config.PORT,
      logger: this.logger,
      metrics: this.metrics,
      bodyLimit: config.MAX_BODY_BYTES,
      readiness: () => ({
        ...(this.apiKeys ? { database: () => this.apiKeys!.db.ping() } : {}),
        ...(this.redis ? { redis: () => this.redis!.ping() } : {}),
      }),
    });
    if (config.CORS_ORIGINS.length) {
      await host.app.register(cors, {
        origin: config.CORS_ORIGINS.includes('*') ? '*' : config.CORS_ORIGINS,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: CORS_ALLOWED_HEADERS,
        maxAge: 600,
        strictPreflight: false,
      });
    }
    const admit = async (request: HttpRequest, reply: HttpReply): Promise<Authenticated | undefined> => {
      let caller: Authenticated;
      try {
        caller = await authenticate(
          request.headers,
          {
            secret: config.JWT_SECRET,
            jwksUrl: config.JWT_JWKS_URL,
            issuer: config.JWT_ISSUER,
            audience: config.JWT_AUDIENCE,
          },
          this.apiKeys,
        );
        // a leaver's token is refused as soon as staffing has recorded the termination
        if (this.revoked?.has(caller.identity.kind === 'staff' ? caller.identity.subject : undefined)) {
          throw new InvalidTokenError('access revoked: the employee has left');
        }
      } catch (err) {
        if (!(err instanceof InvalidTokenError)) throw err;
        void reply.code(401).header('www-authenticate', 'Bearer').send(graphqlError(err.message, 'UNAUTHENTICATED'));
        return undefined;
      }
      return (await this.admit(caller.identity, request.ip, reply)) ? caller : undefined;
    };
    host.serveGraphQL<GatewayContext, Authenticated>(this.apollo!, {
      paths: ['/graphql', '/'],
      admit,
      context: async ({ identity, persistedOnly }, request) => ({
        identity,
        requestId: request.id,
        correlationId: firstHeader(request.headers, CORRELATION_ID_HEADER) ?? request.id,
        persistedOnly: persistedOnly || config.PERSISTED_QUERIES_ONLY,
      }),
    });
    if (config.NODE_ENV !== 'production') serveEventCatalogue(host);
    if (explorerEnabled(config)) serveExplorer(host, this.logger);
    const otaBaseUrl = reservationsBaseUrl(this.supergraphSdl, config.SUBGRAPH_URLS.reservations);
    if (otaBaseUrl) serveOtaProxy(host, { baseUrl: otaBaseUrl, identitySecret: config.IDENTITY_SECRET, admit });
    return host;
  }

  /** Counts the request against its caller's window; answers 429 with Retry-After and returns false when over. */
  private async admit(identity: IdentityClaims, ip: string, reply: HttpReply): Promise<boolean> {
    if (!this.rateLimiter) return true;
    const decision = await this.rateLimiter.hit(callerKey(identity, ip)).catch((err) => {
      // A limiter outage (Redis down) must not take the API down with it: serve, and say so in the logs.
      this.logger.warn({ err }, 'rate limiter unavailable; request not counted');
      return undefined;
    });
    if (!decision) return true;
    reply.header('ratelimit-limit', String(decision.limit));
    reply.header('ratelimit-remaining', String(decision.remaining));
    reply.header('ratelimit-reset', String(Math.ceil(decision.resetMs / 1000)));
    if (decision.allowed) return true;
    const seconds = Math.max(1, Math.ceil(decision.resetMs / 1000));
    const window = this.config.RATE_LIMIT_WINDOW_MS / 1000;
    void reply
      .code(429)
      .header('retry-after', String(seconds))
      .send(graphqlError(`Rate limit of ${decision.limit} requests per ${window} s exceeded; retry in ${seconds} s`, 'RATE_LIMITED'));
    return false;
  }
}

/** Whom a rate limit counts: the staff member, the partner key, or else the client address. */
function callerKey(identity: IdentityClaims, ip: string): string {
  if (identity.subject) return `${identity.kind}:${identity.subject}`;
  return `ip:${ip}`;
}
