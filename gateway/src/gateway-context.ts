import type { IdentityClaims } from '@hotelops/kernel/identity';

/** What the gateway knows about one request, handed to plugins and to the subgraph data sources. */
export interface GatewayContext {
  identity: IdentityClaims;
  requestId: string;
  correlationId: string;
  /** held to the persisted-query allow-list (a flagged partner key, or PERSISTED_QUERIES_ONLY) */
  persistedOnly?: boolean;
}
