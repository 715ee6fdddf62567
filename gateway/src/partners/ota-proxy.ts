import type { IdentityClaims } from '@hotelops/kernel/identity';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, signIdentity } from '@hotelops/kernel/identity';
import { firstHeader, type HttpHost, type HttpReply, type HttpRequest } from '@hotelops/kernel/http';
import { injectTraceContext } from '@hotelops/kernel/observability';

/** The OpenTravel endpoints partners call; the reservations subgraph implements them. */
export const OTA_PATHS = [
  { method: 'POST', path: '/ota/HotelResNotif' },
  { method: 'GET', path: '/ota/HotelAvailNotif' },
] as const;

/**
 * The reservations subgraph's URL as recorded in the supergraph (`join__graph`), unless
 * overridden; undefined for a supergraph without reservations (the OTA endpoints are then not served).
 */
export function reservationsBaseUrl(supergraphSdl: string, override?: string): string | undefined {
  const recorded = /@join__graph\(name: "reservations", url: "([^"]+)"\)/.exec(supergraphSdl)?.[1];
  const url = override ?? recorded;
  return url ? new URL(url).origin : undefined;
}

const otaSystemError = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><OTA_HotelResNotifRS xmlns="http://www.opentravel.org/OTA/2003/05" Version="1.0"><Errors><Error Type="12" Code="448" ShortText="System error">${text}</Error></Errors></OTA_HotelResNotifRS>`;

/**
 * OpenTravel over HTTP/XML behind the gateway's partner authentication: the caller is admitted
 * (API key or staff token, rate limit) exactly as for GraphQL, then the message goes to the
 * reservations subgraph with the signed identity, and its OTA answer comes back unchanged.
 */
export function serveOtaProxy<A extends { identity: IdentityClaims }>(
  host: HttpHost,
  opts: {
    baseUrl: string;
    identitySecret: string;
    admit: (request: HttpRequest, reply: HttpReply) => Promise<A | undefined>;
  },
): void {
  for (const { method, path } of OTA_PATHS) {
    host.serveRoute<A>({
      method,
      url: path,
      admit: opts.admit,
      handle: async ({ identity }, request, reply) => {
        const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
        const headers: Record<string, string> = {
          ...signIdentity(identity, opts.identitySecret),
          ...injectTraceContext({}),
          [REQUEST_ID_HEADER]: request.id,
          [CORRELATION_ID_HEADER]: firstHeader(request.headers, CORRELATION_ID_HEADER) ?? request.id,
        };
        if (method === 'POST') headers['content-type'] = 'application/xml';
        let res: Response;
        try {
          res = await fetch(`${opts.baseUrl}${path}${query}`, {
            method,
            headers,
            body: method === 'POST' ? (typeof request.body === 'string' ? request.body : '') : undefined,
          });
        } catch (err) {
          request.log.error({ err }, 'reservations subgraph unreachable for OTA');
          return reply.code(503).type('application/xml').header('retry-after', '1').send(otaSystemError('Service unavailable; retry'));
        }
        for (const h of ['content-type', 'x-ari-cursor']) {
          const v = res.headers.get(h);
          if (v) reply.header(h, v);
        }
        return reply.code(res.status).send(await res.text());
      },
    });
  }
}
