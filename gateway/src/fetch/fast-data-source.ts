import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { EntityBatches, selectionKey, type EntitiesAnswer } from './entity-batches';
import { InFlight } from './in-flight';
import { subgraphTarget, type SubgraphAnswer, type SubgraphHttp, type SubgraphTarget } from './subgraph-http';

export type ProcessOptions<C extends Record<string, any>> = GraphQLDataSourceProcessOptions<C>;
type FetcherResponse = Parameters<RemoteGraphQLDataSource['errorFromResponse']>[0];
type GatewayGraphQLResponse = Awaited<ReturnType<RemoteGraphQLDataSource['process']>>;

export interface FastDataSourceOptions {
  url: string;
  http: SubgraphHttp;
  /** merges identical queries of the same caller while one is in flight (null: off) */
  inFlight: InFlight<SubgraphAnswer> | null;
  /** merges one request's `_entities` calls with the same selection into one call (null: off) */
  batches?: EntityBatches | null;
}

/**
 * A subgraph data source that sends its calls through the gateway's undici client instead of
 * Apollo's default fetcher and builds no WHATWG Request per call. Subclasses say which headers a
 * call carries and which caller it is made for; identical queries of one caller in flight at once
 * are sent once (the key is caller + URL + body, never URL + body alone: a caller must not read
 * another's answer). Each caller parses its own copy of the answer, as Apollo merges into it.
 */
export abstract class FastDataSource<C extends Record<string, any>> extends RemoteGraphQLDataSource<C> {
  private readonly target: SubgraphTarget;
  private readonly http: SubgraphHttp;
  private readonly inFlight: InFlight<SubgraphAnswer> | null;
  private readonly batches: EntityBatches | null;

  constructor(opts: FastDataSourceOptions) {
    super({ url: opts.url });
    this.target = subgraphTarget(opts.url);
    this.http = opts.http;
    this.inFlight = opts.inFlight;
    this.batches = opts.batches ?? null;
  }

  /** The headers of a call made for this request (besides content-type). */
  protected abstract headersFor(options: ProcessOptions<C>): Record<string, string>;

  /** Who the call is made for, as verified by the gateway: the part of the de-duplication key that keeps callers apart. */
  protected abstract callerKey(options: ProcessOptions<C>): string;

  override async process(options: ProcessOptions<C>): Promise<GatewayGraphQLResponse> {
    const { query, variables } = options.request;
    if (!query) throw new Error('Missing query');
    const isQuery = /^\s*(query\b|\{)/.test(query);
    const representations = variables?.representations;
    if (this.batches && isQuery && options.context && Array.isArray(representations)) {
      const { representations: _, ...others } = variables!;
      const key = `${this.target.url}\n${selectionKey(query)}\n${JSON.stringify(others)}`;
      const answer = await this.batches.run(options.context, key, representations, (all) =>
        this.call(options, query, { ...others, representations: all }, isQuery),
      );
      return answer as GatewayGraphQLResponse;
    }
    return this.call(options, query, variables, isQuery);
  }

  private async call(
    options: ProcessOptions<C>,
    query: string,
    variables: Record<string, unknown> | undefined,
    isQuery: boolean,
  ): Promise<GatewayGraphQLResponse & EntitiesAnswer> {
    const { operationName, extensions } = options.request;
    const body = JSON.stringify({ query, variables, operationName, extensions });
    const headers = { ...this.headersFor(options), 'content-type': 'application/json' };
    const send = () => this.http.post(this.target, headers, body, isQuery);
    const answer =
      this.inFlight && isQuery ? await this.inFlight.run(`${this.callerKey(options)}\n${this.target.url}\n${body}`, send) : await send();
    const response = fetcherResponse(this.target.url, answer);
    if (!response.ok) throw await this.errorFromResponse(response);
    const parsed = (await this.parseBody(response)) as unknown;
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error(`Expected JSON response body, but received: ${String(parsed)}`);
    return parsed as GatewayGraphQLResponse & EntitiesAnswer;
  }
}

/** The little of a fetch Response that Apollo's error and body parsing read. */
function fetcherResponse(url: string, a: SubgraphAnswer): FetcherResponse {
  const get = (name: string) => (name.toLowerCase() === 'content-type' ? a.contentType || null : null);
  const response = {
    url,
    status: a.status,
    statusText: a.statusText,
    ok: a.status >= 200 && a.status < 300,
    redirected: false,
    bodyUsed: false,
    headers: { get, has: (name: string) => get(name) !== null },
    text: async () => a.body,
    json: async () => JSON.parse(a.body),
    arrayBuffer: async () => new TextEncoder().encode(a.body).buffer,
    clone: () => fetcherResponse(url, a),
  };
  return response as unknown as FetcherResponse;
}
