import type { IncomingHttpHeaders } from 'node:http';
import { ANONYMOUS, type IdentityClaims } from '@hotelops/kernel';
import { InvalidTokenError, verifyStaffToken, type TokenSettings } from './staff-token';

/** Bearer token → verified identity; no credentials → anonymous (resolvers then refuse what needs a role). */
export async function authenticate(headers: IncomingHttpHeaders, settings: TokenSettings): Promise<IdentityClaims> {
  const auth = headers.authorization;
  if (!auth) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)$/i.exec(auth);
  if (!m) throw new InvalidTokenError('Authorization header must be "Bearer <token>"');
  return verifyStaffToken(m[1], settings);
}
