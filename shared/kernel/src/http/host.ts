import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { fastifyApolloHandler } from '@as-integrations/fastify';
import type { ApolloServer, BaseContext } from '@apollo/server';
import type { Logger } from '../observability/logger';
import type { ServiceMetrics } from '../observability/metrics';
import { withCorrelation } from '../observability/correlation';
import { extractTraceContext, withSpan } from '../observability/tracing';
import { CORRELATION_ID_HEADER } from '../identity/identity';
import { firstHeader } from './headers';

export type { FastifyReply as HttpReply, FastifyRequest as HttpRequest } from 'fastify';

export const MAX_BODY_BYTES = 1_000_000;

/** The error body every non-GraphQL refusal (401, 413, 429, 503 …) uses, so clients parse one shape. */
export const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

export interface HttpHostOptions {
  /** service name, on trace spans */
  service: string;
  host: string;
  port: number;
  logger: Logger;
  metrics: ServiceMetrics;
  bodyLimit?: number;
  /** take the request id from x-request-id (subgraphs, behind the gateway); otherwise a fresh UUID */
  trustRequestId?: boolean;
  /** how long stop() lets requests in flight finish before cutting their connections */
  drainTimeoutMs?: number;
  /** readiness probes by name (database, kafka, redis …); /health/ready is 503 when one fails */
  readiness: () => Record<string, () => Promise<unknown>>;
}

export interface GraphQLRoute<C extends BaseContext, A> {
  paths: string[];
  /**
   * Runs before the body is read: returns what the context is built from (the caller), or
   * sends the answer itself (401, 429 …) and returns undefined.
   */
  admit: (request: FastifyRequest, reply: FastifyReply) => Promise<A | undefined>;
  context: (admitted: A, request: FastifyRequest) => Promise<C>;
}

/** A plain HTTP route beside GraphQL (partner protocols such as OpenTravel XML), admitted like GraphQL. */
export interface HttpRoute<A> {
  method: 'GET' | 'POST';
  url: string;
  /** the caller, or undefined after answering (401) itself */
  admit: (request: FastifyRequest, reply: FastifyReply) => Promise<A | undefined>;
  handle: (admitted: A, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>;
}

/** Content types whose bodies reach routes as text (XML partner messages). */
export const TEXT_BODY_TYPES = ['application/xml', 'text/xml'];

const STATUS_CODES: Record<number, string> = {
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
};

/**
 * The one HTTP host of every HotelOps process (gateway and subgraphs): Fastify with Apollo's
 * official integration, health and metrics, GraphQL-shaped errors, and draining on stop.
 */
export class HttpHost {
  readonly app: FastifyInstance;
  private draining = false;
  private inFlight = 0;
  private idle?: () => void;
  private stopped?: Promise<void>;

  constructor(private readonly opts: HttpHostOptions) {
    this.app = Fastify({
      bodyLimit: opts.bodyLimit ?? MAX_BODY_BYTES,
      requestIdHeader: opts.trustRequestId ? 'x-request-id' : false,
      genReqId: () => randomUUID(),
      // the host answers requests during the drain itself (a GraphQL 503), and closes idle sockets
      return503OnClosing: false,
      forceCloseConnections: 'idle',
    });
    this.app.addHook('onSend', async (_request, reply) => {
      // while draining, no connection is reused: each closes after its answer
      if (this.draining) reply.header('connection', 'close');
    });
    this.app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
      const status = error.statusCode ?? 500;
      if (status >= 500) {
        opts.logger.error({ err: error, requestId: request.id }, 'request failed');
        return reply.code(500).send(graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      }
      // the rest of an oversized body stays unread: the socket cannot be reused
      if (status === 413) reply.header('connection', 'close');
      return reply.code(status).send(graphqlError(error.message, STATUS_CODES[status] ?? 'BAD_REQUEST'));
    });
    this.app.setNotFoundHandler((_request, reply) => reply.code(404).send(graphqlError('Not found', 'NOT_FOUND')));
    this.app.get('/health/live', async () => ({ status: 'ok' }));
    this.app.get('/health/ready', (_request, reply) => this.ready(reply));
    this.app.get('/metrics', async (_request, reply) => {
      reply.type(opts.metrics.registry.contentType);
      return opts.metrics.registry.metrics();
    });
  }

  /** Serves Apollo at `route.paths`, every method (Apollo answers 405 to those GraphQL does not use). */
  serveGraphQL<C extends BaseContext, A>(apollo: ApolloServer<C>, route: GraphQLRoute<C, A>): void {
    const admitted = new WeakMap<FastifyRequest, A>();
    // typed for a route whose reply is a string; ours also sends error objects from its hooks
    const handle = fastifyApolloHandler(apollo, {
      context: async (request) => route.context(admitted.get(request)!, request),
    }) as unknown as (this: FastifyInstance, request: FastifyRequest, reply: FastifyReply) => Promise<string | void>;
    const attributes = { 'hotelops.service': this.opts.service };
    for (const url of route.paths) {
      this.app.route({
        method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
        url,
        onRequest: async (request, reply) => {
          if (this.draining) return; // refused below, once its body is read
          this.track(reply);
          const caller = await route.admit(request, reply);
          if (caller === undefined) return reply;
          admitted.set(request, caller);
        },
        // A request that arrived during the drain: 503 after reading its body, since closing a
        // connection with unread data resets it before the client reads the answer.
        preHandler: async (request, reply) => {
          if (admitted.has(request)) return;
          return reply
            .code(503)
            .header('retry-after', '1')
            .send(graphqlError('The server is shutting down; retry the request', 'SERVICE_UNAVAILABLE'));
        },
        // Continues the caller's trace (traceparent); a no-op when tracing is off.
        // The request's correlation is in scope for everything it records (see withCorrelation).
        handler: (request, reply) =>
          withCorrelation({ correlationId: firstHeader(request.headers, CORRELATION_ID_HEADER) ?? request.id }, () =>
            withSpan(`${request.method} /graphql`, { kind: 'server', parent: extractTraceContext(request.headers), attributes }, () =>
              handle.call(this.app, request, reply),
            ),
          ),
      });
    }
  }

  /** Serves a plain HTTP route with the same admission, draining and tracing as GraphQL; XML bodies arrive as text. */
  serveRoute<A>(route: HttpRoute<A>): void {
    if (!this.app.hasContentTypeParser('application/xml')) {
      this.app.addContentTypeParser(TEXT_BODY_TYPES, { parseAs: 'string' }, (_request, body, done) => done(null, body));
    }
    const admitted = new WeakMap<FastifyRequest, A>();
    const attributes = { 'hotelops.service': this.opts.service };
    this.app.route({
      method: route.method,
      url: route.url,
      onRequest: async (request, reply) => {
        if (this.draining) return;
        this.track(reply);
        const caller = await route.admit(request, reply);
        if (caller === undefined) return reply;
        admitted.set(request, caller);
      },
      preHandler: async (request, reply) => {
        if (admitted.has(request)) return;
        return reply
          .code(503)
          .header('retry-after', '1')
          .send(graphqlError('The server is shutting down; retry the request', 'SERVICE_UNAVAILABLE'));
      },
      handler: (request, reply) =>
        withCorrelation({ correlationId: firstHeader(request.headers, CORRELATION_ID_HEADER) ?? request.id }, () =>
          withSpan(`${request.method} ${route.url}`, { kind: 'server', parent: extractTraceContext(request.headers), attributes }, () =>
            route.handle(admitted.get(request)!, request, reply),
          ),
        ),
    });
  }

  async listen(): Promise<void> {
    await this.app.listen({ host: this.opts.host, port: this.opts.port });
  }

  get url(): string {
    const address = this.app.server.address() as AddressInfo | null;
    if (!address) throw new Error(`${this.opts.service} is not listening`);
    return `http://127.0.0.1:${address.port}/graphql`;
  }

  /**
   * Drains: readiness turns 503, new GraphQL requests are answered 503, requests in flight
   * finish (up to the drain deadline, after which their connections are cut); then the listener
   * and every connection close.
   */
  stop(): Promise<void> {
    this.stopped ??= this.drain();
    return this.stopped;
  }

  private async drain(): Promise<void> {
    this.draining = true;
    // Past the deadline every connection is cut, in flight or not, so stop() always ends.
    const deadline = setTimeout(() => {
      this.opts.logger.warn({ inFlight: this.inFlight }, 'drain deadline passed; cutting the remaining connections');
      this.idle?.();
      this.app.server.closeAllConnections();
    }, this.opts.drainTimeoutMs ?? 20_000);
    if (this.inFlight > 0) await new Promise<void>((resolve) => (this.idle = resolve));
    await this.app.close();
    clearTimeout(deadline);
  }

  private track(reply: FastifyReply): void {
    this.inFlight++;
    this.opts.metrics.requestsInFlight.inc();
    reply.raw.once('close', () => {
      this.inFlight--;
      this.opts.metrics.requestsInFlight.dec();
      if (this.inFlight === 0) this.idle?.();
    });
  }

  private async ready(reply: FastifyReply) {
    if (this.draining) return reply.code(503).send({ status: 'unavailable', checks: { server: 'draining' } });
    const checks: Record<string, string> = {};
    for (const [name, probe] of Object.entries(this.opts.readiness())) {
      try {
        await probe();
        checks[name] = 'ok';
      } catch (err) {
        checks[name] = `failing: ${(err as Error).message}`;
      }
    }
    const ok = Object.values(checks).every((v) => v === 'ok');
    return reply.code(ok ? 200 : 503).send({ status: ok ? 'ok' : 'unavailable', checks });
  }
}
