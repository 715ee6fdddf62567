import { SignJWT, createRemoteJWKSet, jwtVerify, errors, type JWTVerifyGetKey } from 'jose';
import type { IdentityClaims } from '@hotelops/kernel/identity';

/** How staff tokens are checked: a shared HS256 secret, or the identity provider's JWKS URL (RS/ES/PS/EdDSA). */
export interface TokenSettings {
  secret?: string;
  jwksUrl?: string;
  issuer: string;
  audience: string;
}

/** The caller's credentials were presented but are not acceptable (answered 401). */
export class InvalidTokenError extends Error {}

const key = (secret: string) => new TextEncoder().encode(secret);

// One key set per URL: jose caches the fetched keys and refetches on an unknown `kid` (rate-limited).
const remoteKeySets = new Map<string, JWTVerifyGetKey>();
function remoteKeySet(url: string): JWTVerifyGetKey {
  let set = remoteKeySets.get(url);
  if (!set) remoteKeySets.set(url, (set = createRemoteJWKSet(new URL(url), { timeoutDuration: 5000, cooldownDuration: 30_000 })));
  return set;
}
const ASYMMETRIC = ['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'];

// Verified tokens until they expire: a front-desk console sends the same token all shift, and
// re-checking its signature on every request is wasted work. Keyed by the whole token (and the
// settings it was checked against), so a changed or forged token is never a hit.
const MAX_CACHED_TOKENS = 10_000;
const verified = new Map<string, { claims: IdentityClaims; expiresAtMs: number; settings: TokenSettings }>();

/**
 * Staff JWT claims: `sub` = employee id, `roles`, `properties` (ids, or ["*"] for group staff).
 * Verified for signature, issuer, audience and expiry; a verified token is remembered until it expires.
 */
export async function verifyStaffToken(token: string, s: TokenSettings): Promise<IdentityClaims> {
  const hit = verified.get(token);
  if (hit && sameSettings(hit.settings, s) && Date.now() < hit.expiresAtMs) return hit.claims;
  if (hit) verified.delete(token);
  const { claims, expiresAtMs } = await verifyUncached(token, s);
  if (expiresAtMs !== undefined) {
    if (verified.size >= MAX_CACHED_TOKENS) verified.delete(verified.keys().next().value!);
    verified.set(token, { claims, expiresAtMs, settings: { ...s } });
  }
  return claims;
}

const sameSettings = (a: TokenSettings, b: TokenSettings) =>
  a.secret === b.secret && a.jwksUrl === b.jwksUrl && a.issuer === b.issuer && a.audience === b.audience;

async function verifyUncached(token: string, s: TokenSettings): Promise<{ claims: IdentityClaims; expiresAtMs?: number }> {
  try {
    const options = { issuer: s.issuer, audience: s.audience };
    const { payload } = s.jwksUrl
      ? await jwtVerify(token, remoteKeySet(s.jwksUrl), { ...options, algorithms: ASYMMETRIC })
      : await jwtVerify(token, key(requireSecret(s)), { ...options, algorithms: ['HS256'] });
    const roles = payload.roles;
    const properties = payload.properties;
    if (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) throw new InvalidTokenError('token has no roles claim');
    if (!Array.isArray(properties) || !properties.every((p) => typeof p === 'string'))
      throw new InvalidTokenError('token has no properties claim');
    // frozen: one verified token's claims are handed to every request that presents it
    const claims: IdentityClaims = Object.freeze({
      kind: 'staff',
      subject: payload.sub,
      roles: Object.freeze([...roles]) as string[],
      scopes: Object.freeze([]) as unknown as string[],
      propertyIds: Object.freeze([...properties]) as string[],
    });
    return { claims, expiresAtMs: typeof payload.exp === 'number' ? payload.exp * 1000 : undefined };
  } catch (err) {
    if (err instanceof InvalidTokenError) throw err;
    if (err instanceof errors.JWTExpired) throw new InvalidTokenError('token has expired');
    if (err instanceof errors.JOSEError) throw new InvalidTokenError(`token rejected: ${err.code}`);
    throw err;
  }
}

export async function mintStaffToken(
  claims: { employeeId?: string; roles: string[]; properties: string[] },
  s: TokenSettings,
  ttl: string = '8h',
): Promise<string> {
  const jwt = new SignJWT({ roles: claims.roles, properties: claims.properties })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(s.issuer)
    .setAudience(s.audience)
    .setIssuedAt()
    .setExpirationTime(ttl);
  if (claims.employeeId) jwt.setSubject(claims.employeeId);
  return jwt.sign(key(requireSecret(s)));
}

function requireSecret(s: TokenSettings): string {
  if (!s.secret) throw new Error('JWT_SECRET is not configured');
  return s.secret;
}
