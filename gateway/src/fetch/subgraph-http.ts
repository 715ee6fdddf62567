import { Agent, errors, type Dispatcher } from 'undici';

export interface SubgraphAnswer {
  status: number;
  statusText: string;
  contentType: string;
  body: string;
}

/** A subgraph's GraphQL endpoint, parsed once. */
export interface SubgraphTarget {
  url: string;
  origin: string;
  path: string;
}

export function subgraphTarget(url: string): SubgraphTarget {
  const u = new URL(url);
  return { url, origin: u.origin, path: u.pathname + u.search };
}

export interface SubgraphHttpOptions {
  /** sockets kept open per subgraph origin */
  connections: number;
  /** how long to wait for a subgraph's answer (headers, then each body chunk) */
  timeoutMs: number;
}

/** Socket errors after which a query is safely sent again: the subgraph closed a kept-alive socket under us. */
const RETRYABLE = new Set(['ECONNRESET', 'EPIPE', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);
const MAX_ATTEMPTS = 3;

/**
 * The gateway's HTTP client for subgraph calls: undici with keep-alive sockets per subgraph,
 * no per-call agent lookup or WHATWG Request/Response objects (Apollo's default client,
 * make-fetch-happen, spent about half of the gateway's CPU on the front-desk board). A query
 * that meets a reset socket is sent again; a mutation never is (the subgraph may have applied it).
 */
export class SubgraphHttp {
  private readonly agent: Dispatcher;

  constructor(opts: SubgraphHttpOptions) {
    this.agent = new Agent({
      connections: opts.connections,
      headersTimeout: opts.timeoutMs,
      bodyTimeout: opts.timeoutMs,
      keepAliveTimeout: 10_000,
    });
  }

  async post(target: SubgraphTarget, headers: Record<string, string>, body: string, retryable: boolean): Promise<SubgraphAnswer> {
    for (let attempt = 1; ; attempt++) {
      try {
        const res = await this.agent.request({ origin: target.origin, path: target.path, method: 'POST', headers, body });
        const text = await res.body.text();
        const type = res.headers['content-type'];
        return {
          status: res.statusCode,
          statusText: res.statusText ?? '',
          contentType: (Array.isArray(type) ? type[0] : type) ?? '',
          body: text,
        };
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (!retryable || attempt >= MAX_ATTEMPTS || !code || !RETRYABLE.has(code)) throw err;
        if (err instanceof errors.HeadersTimeoutError || err instanceof errors.BodyTimeoutError) throw err;
      }
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }
}
