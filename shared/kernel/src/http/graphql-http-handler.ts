import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { BodyTooLargeError, readBody } from './read-body';

export const MAX_BODY_BYTES = 1_000_000;

/** Sends one JSON response. */
export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export const graphqlError = (message: string, code: string) => ({ errors: [{ message, extensions: { code } }] });

/**
 * Runs a GraphQL HTTP request through Apollo Server on a plain node:http server, so the same
 * process can also answer health and metrics without another web framework.
 */
export async function handleGraphQL<C extends BaseContext>(
  server: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<C>,
  maxBodyBytes = MAX_BODY_BYTES,
): Promise<void> {
  const headers = new HeaderMap();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
  let body: unknown = undefined;
  if (req.method === 'POST') {
    let raw: string;
    try {
      raw = await readBody(req, maxBodyBytes);
    } catch (err) {
      // The rest of the body stays unread: close the connection so the client cannot reuse a dirty socket.
      if (err instanceof BodyTooLargeError)
        return sendJson(res, 413, graphqlError(err.message, 'PAYLOAD_TOO_LARGE'), { connection: 'close' });
      throw err;
    }
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      try {
        body = raw.length ? JSON.parse(raw) : undefined;
      } catch {
        return sendJson(res, 400, graphqlError('Request body is not valid JSON', 'BAD_REQUEST'));
      }
    } else {
      body = raw;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [k, v] of result.headers) res.setHeader(k, v);
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
  } else {
    for await (const chunk of result.body.asyncIterator) res.write(chunk);
    res.end();
  }
}
