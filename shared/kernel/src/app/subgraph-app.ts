import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { NonEmptyArray } from 'type-graphql';
import { readFileSync } from 'node:fs';
import type { BaseConfig } from '../config/config';
import { kafkaSecurityOptions } from '../config/kafka-security';
import { Database } from '../db/database';
import { createErrorFormatter } from '../errors/format-error';
import { EventConsumer, type HandlerRegistration } from '../events/event-consumer';
import { InProcessTransport } from '../events/in-process-transport';
import { KafkaTransport } from '../events/kafka-transport';
import { Outbox } from '../events/outbox';
import { OutboxRelay } from '../events/outbox-relay';
import type { EventTransport } from '../events/transport';
import { buildSubgraphSchemaFrom, type ReferenceLoader } from '../graphql/build-subgraph-schema';
import { RequestContext } from '../graphql/context';
import { jitExecution } from '../graphql/jit-execution';
import { graphqlMetricsPlugin } from '../http/graphql-metrics';
import { firstHeader } from '../http/headers';
import { HttpHost, graphqlError, type HttpReply, type HttpRequest } from '../http/host';
import { Caller } from '../identity/caller';
import { CORRELATION_ID_HEADER, verifyIdentity, type IdentityClaims } from '../identity/identity';
import { DeadLetters } from '../events/dead-letters';
import { KERNEL_ENTITIES, KERNEL_MIGRATIONS } from '../events/kernel-tables';
import { createLogger, type Logger } from '../observability/logger';
import { ServiceMetrics } from '../observability/metrics';
import { systemClock, type Clock } from './clock';
import { JobScheduler, type ScheduledJob } from './scheduled-jobs';
import { CacheInvalidator, type CacheInvalidation } from '../cache/cache-invalidation';

/** What a service's resolvers, services and handlers are built from. */
export interface ServiceDeps {
  readonly service: string;
  readonly db: Database;
  readonly outbox: Outbox;
  readonly logger: Logger;
  readonly clock: Clock;
}

/**
 * Everything that makes one subgraph; each service exports one of these from app.ts.
 * `compose` is the subgraph's one composition point: it builds each service once and hands it
 * its collaborators; resolvers (constructed with the composed services), reference loaders,
 * event handlers and jobs all receive that same object.
 */
export interface SubgraphDefinition<S = unknown> {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  entities: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  migrations: Function[];
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  resolvers: NonEmptyArray<Function>;
  // eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
  orphanedTypes?: Function[];
  // Methods, not function properties: a definition of any service type is a SubgraphDefinition.
  /** without it (legacy), resolvers and the rest receive the ServiceDeps themselves */
  compose?(deps: ServiceDeps): S;
  references?(services: S, deps: ServiceDeps): Record<string, ReferenceLoader>;
  handlers?(services: S, deps: ServiceDeps): HandlerRegistration[];
  /** plain HTTP routes beside /graphql (partner protocols), behind the same signed identity */
  routes?(services: S, deps: ServiceDeps): SubgraphRoute[];
  /** recurring jobs (sweeps, releases), run in every mode including embedded */
  jobs?(services: S, deps: ServiceDeps): ScheduledJob[];
  /** the services' entity caches and the events that drop their entries (every replica hears them) */
  caches?(services: S): CacheInvalidation[];
}

/** A plain HTTP route of a subgraph: called only through the gateway, with the caller's request context. */
export interface SubgraphRoute {
  method: 'GET' | 'POST';
  url: string;
  handle(ctx: RequestContext, request: HttpRequest, reply: HttpReply): Promise<unknown>;
}

/** Builds a subgraph definition with its services' type checked throughout. */
export const defineSubgraph = <S>(definition: SubgraphDefinition<S> & { compose(deps: ServiceDeps): S }): SubgraphDefinition<S> =>
  definition;

export interface SubgraphAppOptions {
  config: BaseConfig;
  /** Shared in-process transport (embedded mode); ignored when KAFKA_BROKERS is set. */
  transport?: EventTransport;
  clock?: Clock;
  logger?: Logger;
  /** tests drive jobs by hand (app.scheduler.trigger) with a controllable clock */
  withoutJobs?: boolean;
}

/**
 * One running subgraph: database (migrated), schema, HTTP server with health and metrics,
 * outbox relay and event consumer. Start order: db → server → relay → consumer (joining a
 * group can take a session timeout after a crash; publishing must not wait for it); stop order
 * is the reverse, draining in-flight work. Ready only while the consumer consumes and the relay
 * publishes.
 */
export class SubgraphApp<S = unknown> {
  readonly deps: ServiceDeps;
  /** what the definition's compose() built: the subgraph's services */
  readonly services: S;
  readonly metrics: ServiceMetrics;
  readonly transport: EventTransport;
  readonly relay: OutboxRelay;
  readonly consumer: EventConsumer;
  readonly scheduler: JobScheduler;
  /** this subgraph's dead letters, for the operator's CLI (npm run -s dlq) */
  readonly deadLetters: DeadLetters;
  readonly cacheInvalidator: CacheInvalidator;
  schema?: GraphQLSchema;
  private apollo?: ApolloServer<RequestContext>;
  private host?: HttpHost;
  private stopping = false;

  constructor(
    readonly definition: SubgraphDefinition<S>,
    private readonly opts: SubgraphAppOptions,
  ) {
    const { config } = opts;
    const logger = opts.logger ?? createLogger(definition.name, config.LOG_LEVEL);
    this.metrics = new ServiceMetrics(definition.name);
    const db = new Database({
      service: definition.name,
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      entities: [...KERNEL_ENTITIES, ...definition.entities],
      migrations: [...KERNEL_MIGRATIONS, ...definition.migrations],
      logger,
    });
    this.deps = { service: definition.name, db, outbox: new Outbox(definition.name), logger, clock: opts.clock ?? systemClock };
    this.services = (definition.compose ? definition.compose(this.deps) : this.deps) as S;
    this.transport = config.KAFKA_BROKERS
      ? new KafkaTransport({
          brokers: config.KAFKA_BROKERS,
          clientId: `${config.KAFKA_CLIENT_ID}-${definition.name}`,
          logger,
          namespace: config.KAFKA_NAMESPACE,
          partitions: config.KAFKA_TOPIC_PARTITIONS,
          consumerConcurrency: config.KAFKA_CONSUMER_CONCURRENCY,
          security: kafkaSecurityOptions(config, (path) => readFileSync(path, 'utf8')),
        })
      : (opts.transport ?? new InProcessTransport());
    this.relay = new OutboxRelay(db, this.transport, logger, this.metrics, { pollMs: config.OUTBOX_POLL_MS });
    this.scheduler = new JobScheduler(db, logger, definition.jobs?.(this.services, this.deps) ?? []);
    this.consumer = new EventConsumer({
      db,
      transport: this.transport,
      groupId: `hotelops.${definition.name}`,
      handlers: definition.handlers?.(this.services, this.deps) ?? [],
      logger,
      metrics: this.metrics,
      maxAttempts: config.CONSUMER_MAX_ATTEMPTS,
      retryBaseMs: config.CONSUMER_RETRY_BASE_MS,
    });
    this.deadLetters = new DeadLetters(db, this.consumer);
    this.cacheInvalidator = new CacheInvalidator(definition.name, this.transport, definition.caches?.(this.services) ?? [], logger);
  }

  get url(): string {
    if (!this.host) throw new Error(`${this.definition.name} is not listening`);
    return this.host.url;
  }

  /** Migrates the database and builds the schema; no network yet (seeding happens after this). */
  async prepare(): Promise<void> {
    if (this.schema) return;
    await this.deps.db.open();
    const instances = new Map<unknown, unknown>();
    this.schema = await buildSubgraphSchemaFrom({
      resolvers: this.definition.resolvers,
      orphanedTypes: this.definition.orphanedTypes,
      references: this.definition.references?.(this.services, this.deps),
      container: {
        get: (cls: new (services: S) => unknown) => {
          if (!instances.has(cls)) instances.set(cls, new cls(this.services));
          return instances.get(cls);
        },
      },
    });
  }

  /** Serves HTTP and consumes events; the relay starts with startRelay() (or here, by default). */
  async start({ relay = true }: { relay?: boolean } = {}): Promise<void> {
    await this.prepare();
    const { config } = this.opts;
    this.apollo = new ApolloServer<RequestContext>({
      // graphql-jit compiled execution of the subgraph's schema (see jitExecution)
      gateway: jitExecution(this.schema!),
      formatError: createErrorFormatter(this.deps.logger),
      // the host drains on SIGTERM and stops Apollo last; Apollo's own handler would stop it first
      stopOnTerminationSignals: false,
      includeStacktraceInErrorResponses: false,
      introspection: config.NODE_ENV !== 'production',
      plugins: [
        ApolloServerPluginLandingPageDisabled(),
        ApolloServerPluginInlineTraceDisabled(),
        // no type sets cache hints, and the plugin wraps every field resolver (≈4 % of a board's subgraph CPU)
        ApolloServerPluginCacheControlDisabled(),
        graphqlMetricsPlugin(this.metrics),
      ],
    });
    await this.apollo.start();
    this.host = this.createHost();
    await this.host.listen();
    await this.transport.connect();
    if (relay) this.startRelay();
    if (!this.opts.withoutJobs) this.scheduler.start();
    await this.consumer.start();
    await this.cacheInvalidator.start();
    this.deps.logger.info(
      { url: this.url, transport: this.transport.kind, db: this.deps.db.isPostgres ? 'postgres' : 'sqlite' },
      'subgraph started',
    );
  }

  startRelay(): void {
    this.relay.start();
  }

  /** Graceful stop: drain HTTP (requests in flight finish), finish consuming, publish what was committed, close. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    await this.host?.stop();
    await this.scheduler.stop();
    await this.consumer.stop();
    await this.cacheInvalidator.stop();
    await this.relay.stop();
    await this.apollo?.stop();
    if (!this.opts.transport || this.transport !== this.opts.transport) await this.transport.close();
    await this.deps.db.close();
    this.deps.logger.info('subgraph stopped');
  }

  /** Health, metrics and /graphql, which only the gateway may call (a signed identity). */
  private createHost(): HttpHost {
    const { config } = this.opts;
    const { logger, db } = this.deps;
    const host = new HttpHost({
      service: this.definition.name,
      host: config.HOST,
      port: config.PORT,
      logger,
      metrics: this.metrics,
      trustRequestId: true,
      readiness: () => ({
        database: () => db.ping(),
        ...(this.transport.kind === 'kafka' ? { kafka: () => this.transport.ping() } : {}),
        consumer: async () => failWith(this.consumer.problem()),
        relay: async () => failWith(this.relay.problem()),
      }),
    });
    const admit = async (request: HttpRequest, reply: HttpReply) => {
      const verified = verifyIdentity(request.headers, config.IDENTITY_SECRET, config.IDENTITY_MAX_AGE_MS);
      if (verified.ok) return verified.claims;
      void reply.code(401).send(graphqlError(`Unauthenticated: ${verified.reason}`, 'UNAUTHENTICATED'));
    };
    const context = async (claims: IdentityClaims, request: HttpRequest) => {
      const correlationId = firstHeader(request.headers, CORRELATION_ID_HEADER) ?? request.id;
      return new RequestContext(new Caller(claims), request.id, correlationId, logger.child({ requestId: request.id, correlationId }));
    };
    host.serveGraphQL<RequestContext, IdentityClaims>(this.apollo!, { paths: ['/graphql'], admit, context });
    for (const route of this.definition.routes?.(this.services, this.deps) ?? []) {
      host.serveRoute<IdentityClaims>({
        method: route.method,
        url: route.url,
        admit,
        handle: async (claims, request, reply) => route.handle(await context(claims, request), request, reply),
      });
    }
    return host;
  }
}

function failWith(problem: string | undefined): void {
  if (problem) throw new Error(problem);
}

/**
 * The subgraph's SDL with federation directives, built without a database (composition and
 * the supergraph staleness check need only the schema).
 */
export async function printSubgraphSdl(definition: SubgraphDefinition): Promise<string> {
  const schema = await buildSubgraphSchemaFrom({
    resolvers: definition.resolvers,
    orphanedTypes: definition.orphanedTypes,
    references: {},
    container: { get: (cls: new () => unknown) => Object.create(cls.prototype) },
  });
  return printSubgraphSchema(schema);
}
