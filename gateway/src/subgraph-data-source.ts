import { RemoteGraphQLDataSource } from '@apollo/gateway';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ANONYMOUS, CORRELATION_ID_HEADER, REQUEST_ID_HEADER, signIdentity } from '@hotelops/kernel/identity';
import { injectTraceContext } from '@hotelops/kernel/observability';
import type { GatewayContext } from './gateway-context';

type Fetcher = NonNullable<ConstructorParameters<typeof RemoteGraphQLDataSource>[0]>['fetcher'];

/** Forwards the verified caller to subgraphs as a signed identity, with request ids. */
export class SignedIdentityDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    url: string,
    private readonly secret: string,
  ) {
    // Node's own fetch, not Apollo's default (make-fetch-happen): its DNS lookup failed to resolve
    // container service names (compose, Kubernetes) where Node's resolver succeeds.
    super({ url, fetcher: fetch as unknown as Fetcher });
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
