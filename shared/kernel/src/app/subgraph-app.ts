import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import { printSubgraphSchema } from '@apollo/subgraph';
import type { NonEmptyArray } from 'type-graphql';
import type { BaseConfig } from '../config/config';
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
import { handleGraphQL, graphqlError, sendJson } from '../http/graphql-http-handler';
import { Caller } from '../identity/caller';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, verifyIdentity } from '../identity/identity';
import { DeadLetters } from '../events/dead-letters';
import { KERNEL_ENTITIES, KERNEL_MIGRATIONS } from '../events/kernel-tables';
import { createLogger, type Logger } from '../observability/logger';
import { ServiceMetrics } from '../observability/metrics';
import { extractTraceContext, withSpan } from '../observability/tracing';
import { systemClock, type Clock } from './clock';
import { JobScheduler, type ScheduledJob } from './scheduled-jobs';

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
  /** recurring jobs (sweeps, releases), run in every mode including embedded */
  jobs?(services: S, deps: ServiceDeps): ScheduledJob[];
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
 * outbox relay and event consumer. Start order: db → server → consumer → relay; stop order is
 * the reverse, draining in-flight work.
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
  schema?: GraphQLSchema;
  private apollo?: ApolloServer<RequestContext>;
  private http?: Server;
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
  }

  get url(): string {
    const addr = this.http?.address() as AddressInfo | null;
    if (!addr) throw new Error(`${this.definition.name} is not listening`);
    return `http://127.0.0.1:${addr.port}/graphql`;
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
      schema: this.schema!,
      formatError: createErrorFormatter(this.deps.logger),
      includeStacktraceInErrorResponses: false,
      introspection: config.NODE_ENV !== 'production',
      plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginInlineTraceDisabled(), this.metricsPlugin()],
    });
    await this.apollo.start();
    this.http = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve, reject) => {
      this.http!.once('error', reject);
      this.http!.listen(config.PORT, config.HOST, () => resolve());
    });
    await this.transport.connect();
    await this.consumer.start();
    if (relay) this.startRelay();
    if (!this.opts.withoutJobs) this.scheduler.start();
    this.deps.logger.info(
      { url: this.url, transport: this.transport.kind, db: this.deps.db.isPostgres ? 'postgres' : 'sqlite' },
      'subgraph started',
    );
  }

  startRelay(): void {
    this.relay.start();
  }

  /** Graceful stop: refuse new requests, finish consuming, publish what was committed, close. */
  async stop(): Promise<void> {
    if (this.stopping) return;
    this.stopping = true;
    if (this.http) await new Promise<void>((r) => this.http!.close(() => r()));
    this.http?.closeAllConnections?.();
    await this.scheduler.stop();
    await this.consumer.stop();
    await this.relay.stop();
    await this.apollo?.stop();
    if (!this.opts.transport || this.transport !== this.opts.transport) await this.transport.close();
    await this.deps.db.close();
    this.deps.logger.info('subgraph stopped');
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
      if (path !== '/graphql') return sendJson(res, 404, { error: 'not found' });
      const verified = verifyIdentity(req.headers, this.opts.config.IDENTITY_SECRET, this.opts.config.IDENTITY_MAX_AGE_MS);
      if (!verified.ok) return sendJson(res, 401, graphqlError(`Unauthenticated: ${verified.reason}`, 'UNAUTHENTICATED'));
      const requestId = header(req, REQUEST_ID_HEADER) ?? randomUUID();
      const correlationId = header(req, CORRELATION_ID_HEADER) ?? requestId;
      const logger = this.deps.logger.child({ requestId, correlationId });
      // Continues the caller's trace (the gateway sends traceparent); a no-op when tracing is off.
      await withSpan(
        'POST /graphql',
        { kind: 'server', parent: extractTraceContext(req.headers), attributes: { 'hotelops.service': this.definition.name } },
        () =>
          handleGraphQL(
            this.apollo!,
            req,
            res,
            async () => new RequestContext(new Caller(verified.claims), requestId, correlationId, logger),
          ),
      );
    } catch (err) {
      this.deps.logger.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  }

  private async ready(res: ServerResponse): Promise<void> {
    const checks: Record<string, string> = {};
    const check = async (name: string, fn: () => Promise<void>) => {
      try {
        await fn();
        checks[name] = 'ok';
      } catch (err) {
        checks[name] = `failing: ${(err as Error).message}`;
      }
    };
    await check('database', () => this.deps.db.ping());
    if (this.transport.kind === 'kafka') await check('kafka', () => this.transport.ping());
    const ok = !this.stopping && Object.values(checks).every((v) => v === 'ok');
    sendJson(res, ok ? 200 : 503, { status: ok ? 'ok' : 'unavailable', checks });
  }

  private metricsPlugin() {
    const m = this.metrics;
    return {
      async requestDidStart() {
        const end = m.graphqlDuration.startTimer();
        return {
          async willSendResponse(rc: { operationName?: string | null; errors?: readonly unknown[] }) {
            const operation = rc.operationName ?? 'anonymous';
            end({ operation });
            m.graphqlRequests.inc({ operation, outcome: rc.errors?.length ? 'error' : 'ok' });
          },
        };
      },
    };
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
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
