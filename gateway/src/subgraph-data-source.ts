import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { ANONYMOUS, CORRELATION_ID_HEADER, REQUEST_ID_HEADER, signIdentity } from '@hotelops/kernel/identity';
import { injectTraceContext } from '@hotelops/kernel/observability';
import type { GatewayContext } from './gateway-context';
import { isSubgraphUnavailable, unavailableAnswer } from './edge/subgraph-unavailable';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];
type ProcessOptions = Parameters<RemoteGraphQLDataSource<GatewayContext>['process']>[0];

/**
 * Forwards the verified caller to subgraphs as a signed identity, with request ids. A subgraph
 * that is down answers with SUBGRAPH.UNAVAILABLE errors on the fields it would have resolved,
 * so the rest of the client's answer is kept.
 */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
    private readonly subgraph: string = url,
  ) {
    // Node's own fetch, not Apollo's default (make-fetch-happen): its DNS lookup failed to resolve
    // container service names (compose, Kubernetes) where Node's resolver succeeds.
    super({ url, fetcher: fetch as unknown as Fetcher });
  }

  override async process(options: ProcessOptions) {
    try {
      return await super.process(options);
    } catch (err) {
      if (!isSubgraphUnavailable(err)) throw err;
      return unavailableAnswer({
        subgraph: this.subgraph,
        document: ('document' in options ? options.document : undefined) ?? parseQuiet(options.request.query),
        variables: options.request.variables,
      });
    }
  }

  /**
   * A subgraph answers 400 to a request error (typically a variable its scalars refuse, which the
   * gateway cannot check): pass its message on as the client's error, with a 400, not a masked 500.
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0]) {
    if (response.status === 400) {
      const body = (await this.parseBody(response).catch(() => undefined)) as { errors?: GraphQLFormattedError[] } | undefined;
      const first = Array.isArray(body?.errors) ? body.errors[0] : undefined;
      if (first?.message) {
        const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'BAD_USER_INPUT';
        return new GraphQLError(first.message, { extensions: { code, http: { status: 400 } } });
      }
    }
    return super.errorFromResponse(response);
  }

  override willSendRequest({ request, context }: Parameters<RemoteGraphQLDataSource<GatewayContext>['willSendRequest'] & object>[0]) {
    const identity = context.identity ?? ANONYMOUS;
    for (const [k, v] of Object.entries(signIdentity(identity, this.secret))) request.http?.headers.set(k, v);
    // the gateway's fetch span continues in the subgraph (W3C traceparent; nothing when tracing is off)
    for (const [k, v] of Object.entries(injectTraceContext({}))) request.http?.headers.set(k, v);
    if (context.requestId) request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
    if (context.correlationId) request.http?.headers.set(CORRELATION_ID_HEADER, context.correlationId);
  }
}

/** The subgraph operation's document (Apollo hands it over only sometimes). */
function parseQuiet(query: string | undefined): DocumentNode | undefined {
  try {
    return query ? parse(query) : undefined;
  } catch {
    return undefined;
  }
}
