import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS, type IdentityClaims } from '@hotelops/kernel/identity';
import { API_KEY_HEADER, InvalidApiKeyError, type ApiKeyStore } from '../partners/api-key-store';
import { InvalidTokenError, verifyStaffToken, type TokenSettings } from './staff-token';

export interface Authenticated {
  identity: IdentityClaims;
  /** partner keys held to the persisted-query allow-list */
  persistedOnly: boolean;
}

/**
 * Credentials → verified identity: `Authorization: Bearer <staff JWT>` or `x-api-key: <partner key>`
 * (never both). No credentials → anonymous; resolvers then refuse whatever needs a role.
 */
export async function authenticate(
  headers: IncomingHttpHeaders,
  settings: TokenSettings,
  apiKeys?: Pick<ApiKeyStore, 'verify'>,
): Promise<Authenticated> {
  const auth = headers.authorization;
  const rawKey = headers[API_KEY_HEADER];
  const apiKey = Array.isArray(rawKey) ? rawKey[0] : rawKey;
  if (auth && apiKey) throw new InvalidTokenError(`Send either an Authorization header or ${API_KEY_HEADER}, not both`);
  if (apiKey) {
    if (!apiKeys) throw new InvalidTokenError('API keys are not accepted by this gateway');
    try {
      const partner = await apiKeys.verify(apiKey.trim());
      return { identity: partner.claims, persistedOnly: partner.persistedOnly };
    } catch (err) {
      if (err instanceof InvalidApiKeyError) throw new InvalidTokenError(err.message);
      throw err;
    }
  }
  if (!auth) return { identity: ANONYMOUS, persistedOnly: false };
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  if (!m) throw new InvalidTokenError('Authorization header must be "Bearer <token>"');
  return { identity: await verifyStaffToken(m[1], settings), persistedOnly: false };
}
