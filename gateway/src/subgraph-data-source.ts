import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, parse, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { ANONYMOUS, CORRELATION_ID_HEADER, REQUEST_ID_HEADER, signIdentity } from '@hotelops/kernel/identity';
import { injectTraceContext } from '@hotelops/kernel/observability';
import type { GatewayContext } from './gateway-context';
import { FastDataSource, type FastDataSourceOptions, type ProcessOptions } from './fetch/fast-data-source';
import { isSubgraphUnavailable, unavailableAnswer } from './edge/subgraph-unavailable';

interface RequestHeaders {
  /** signed identity and request ids: the same for every call of one incoming request */
  headers: Record<string, string>;
  /** the verified caller, for the in-flight de-duplication key */
  caller: string;
}

/**
 * Forwards the verified caller to subgraphs as a signed identity, with request ids. A subgraph
 * that is down answers with SUBGRAPH.UNAVAILABLE errors on the fields it would have resolved,
 * so the rest of the client's answer is kept.
 */
export class SignedIdentityDataSource extends FastDataSource<GatewayContext> {
  // One signature per incoming request, not per subgraph call (a board makes six calls).
  private static readonly perRequest = new WeakMap<GatewayContext, RequestHeaders>();

  constructor(
    opts: FastDataSourceOptions,
    private readonly secret: string,
    private readonly subgraph: string = opts.url,
  ) {
    super(opts);
  }

  override async process(options: ProcessOptions<GatewayContext>) {
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

  protected headersFor({ context }: ProcessOptions<GatewayContext>): Record<string, string> {
    // the gateway's fetch span continues in the subgraph (W3C traceparent; nothing when tracing is off)
    return injectTraceContext({ ...this.forRequest(context as GatewayContext | undefined).headers });
  }

  protected callerKey({ context }: ProcessOptions<GatewayContext>): string {
    return this.forRequest(context as GatewayContext | undefined).caller;
  }

  private forRequest(context: GatewayContext | undefined): RequestHeaders {
    if (!context) return { headers: signIdentity(ANONYMOUS, this.secret), caller: JSON.stringify(ANONYMOUS) };
    let entry = SignedIdentityDataSource.perRequest.get(context);
    if (!entry) {
      const identity = context.identity ?? ANONYMOUS;
      const headers = signIdentity(identity, this.secret);
      if (context.requestId) headers[REQUEST_ID_HEADER] = context.requestId;
      if (context.correlationId) headers[CORRELATION_ID_HEADER] = context.correlationId;
      entry = { headers, caller: JSON.stringify(identity) };
      SignedIdentityDataSource.perRequest.set(context, entry);
    }
    return entry;
  }
}

function parseQuiet(query: string | undefined): DocumentNode | undefined {
  try {
    return query ? parse(query) : undefined;
  } catch {
    return undefined;
  }
}
