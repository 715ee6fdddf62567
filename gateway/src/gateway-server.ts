import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloGateway, RemoteGraphQLDataSource } from '@apollo/gateway';
import {
  CORRELATION_ID_HEADER,
  REQUEST_ID_HEADER,
  ServiceMetrics,
  createLogger,
  graphqlError,
  handleGraphQL,
  sendJson,
  signIdentity,
  type IdentityClaims,
  type Logger,
} from '@hotelops/kernel';
import { authenticate } from './auth/authenticate';
import { InvalidTokenError } from './auth/staff-token';
import type { GatewayConfig } from './config';
import { depthLimit } from './limits/depth-limit';

export interface GatewayContext {
  identity: IdentityClaims;
  requestId: string;
  correlationId: string;
}

/** The supergraph committed next to this package (composed by `npm run compose`). */
export const DEFAULT_SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');

/** Forwards the verified caller to subgraphs as a signed identity, with request ids. */
class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    super({ url });
  }
  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & object>[0]) {
    const identity = context.identity ?? { kind: 'anonymous', roles: [], scopes: [], propertyIds: [] };
    for (const [k, v] of Object.entries(signIdentity(identity, this.secret))) request.http?.headers.set(k, v);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.correlationId) request.http?.headers.set(CORRELATION_ID_HEADER, context.correlationId);
  }
}

/** Apollo Gateway over a static supergraph, served on node:http with health and metrics. */
export class GatewayServer {
  private readonly logger: Logger;
  private readonly metrics = new ServiceMetrics('gateway');
  private apollo?: ApolloServer<GatewayContext>;
  private http?: Server;

  constructor(
    private readonly config: GatewayConfig,
    private readonly supergraphSdl: string = readFileSync(config.SUPERGRAPH_PATH ?? DEFAULT_SUPERGRAPH_PATH, 'utf8'),
    logger?: Logger,
  ) {
    this.logger = logger ?? createLogger('gateway', config.LOG_LEVEL);
  }

  get url(): string {
    const addr = this.http?.address() as AddressInfo | null;
    if (!addr) throw new Error('gateway is not listening');
    return `http://127.0.0.1:${addr.port}/graphql`;
  }

  async start(): Promise<void> {
    const { config } = this;
    const gateway = new ApolloGateway({
      supergraphSdl: this.supergraphSdl,
      buildService: ({ name, url }) => new SignedIdentityDataSource(config.SUBGRAPH_URLS[name] ?? url!, config.IDENTITY_SECRET),
    });
    const production = config.NODE_ENV === 'production';
    this.apollo = new ApolloServer<GatewayContext>({
      gateway,
      introspection: !production,
      includeStacktraceInErrorResponses: false,
      validationRules: [depthLimit(config.MAX_QUERY_DEPTH)],
      plugins: production ? [ApolloServerPluginLandingPageDisabled()] : [],
      formatError: (formatted) => {
        if (formatted.extensions?.code === 'INTERNAL_SERVER_ERROR' && !formatted.path) {
          this.logger.error({ error: formatted }, 'gateway error');
          return { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } };
        }
        return formatted;
      },
    });
    await this.apollo.start();
    this.http = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve, reject) => {
      this.http!.once('error', reject);
      this.http!.listen(config.PORT, config.HOST, () => resolve());
    });
    this.logger.info({ url: this.url }, 'gateway started');
  }

  async stop(): Promise<void> {
    if (this.http) await new Promise<void>((r) => this.http!.close(() => r()));
    this.http?.closeAllConnections?.();
    await this.apollo?.stop();
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = (req.url ?? '/').split('?')[0];
    try {
      if (path === '/health/live' || path === '/health/ready') return sendJson(res, 200, { status: 'ok' });
      if (path === '/metrics') {
        res.writeHead(200, { 'content-type': this.metrics.registry.contentType });
        return void res.end(await this.metrics.registry.metrics());
      }
      if (path !== '/graphql' && path !== '/') return sendJson(res, 404, { error: 'not found' });
      let identity: IdentityClaims;
      try {
        identity = await authenticate(req.headers, {
          secret: this.config.JWT_SECRET,
          issuer: this.config.JWT_ISSUER,
          audience: this.config.JWT_AUDIENCE,
        });
      } catch (err) {
        if (err instanceof InvalidTokenError)
          return sendJson(res, 401, graphqlError(err.message, 'UNAUTHENTICATED'), { 'www-authenticate': 'Bearer' });
        throw err;
      }
      const requestId = randomUUID();
      const correlationId = firstHeader(req, CORRELATION_ID_HEADER) ?? requestId;
      const end = this.metrics.graphqlDuration.startTimer({ operation: 'gateway' });
      await handleGraphQL(this.apollo!, req, res, async () => ({ identity, requestId, correlationId }), this.config.MAX_BODY_BYTES);
      end();
    } catch (err) {
      this.logger.error({ err }, 'request failed');
      if (!res.headersSent) sendJson(res, 500, graphqlError('Internal server error', 'INTERNAL_SERVER_ERROR'));
      else res.end();
    }
  }
}

function firstHeader(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}
