import type { ApiKeyStore } from '@hotelops/gateway';

/** The demo channel manager's name and the one channel its key speaks for. */
export const DEMO_PARTNER = { name: 'Demo channel manager', channel: 'SITEMINDER' } as const;

/**
 * The partner key `npm start` prints: the demo channel manager, bound to SITEMINDER and the demo
 * hotel, may send that channel's reservations (GraphQL or OTA) and pull ARI. Only a key's hash is
 * stored, so each start revokes the previous demo key and issues a fresh one to print.
 */
export async function issueDemoPartnerKey(store: ApiKeyStore, propertyId: string): Promise<string> {
  for (const old of await store.list()) if (old.name === DEMO_PARTNER.name && !old.revokedAt) await store.revoke(old.id);
  const { key } = await store.create({
    name: DEMO_PARTNER.name,
    scopes: ['reservations:write', 'ari:read'],
    propertyIds: [propertyId],
    channels: [DEMO_PARTNER.channel],
  });
  return key;
}
