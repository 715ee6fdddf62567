import { createHmac, timingSafeEqual } from 'node:crypto';
import { firstHeader } from '../http/headers';

/**
 * Who is calling, as verified by the gateway and forwarded to subgraphs.
 *
 * Header contract (gateway → subgraph):
 *   x-hotelops-identity      base64url(JSON IdentityClaims)
 *   x-hotelops-identity-ts   milliseconds since epoch when the gateway signed it
 *   x-hotelops-identity-sig  hex HMAC-SHA256(IDENTITY_SECRET, `${ts}.${identity}`)
 *   x-request-id, x-correlation-id   propagated for logs and events
 * A subgraph refuses any GraphQL request whose signature is missing, wrong or stale.
 */
export interface IdentityClaims {
  kind: 'staff' | 'partner' | 'anonymous' | 'system';
  /** staff: employee id; partner: partner key id */
  subject?: string;
  roles: string[];
  scopes: string[];
  /** properties this caller may see; '*' = every property (group-level staff, system) */
  propertyIds: string[];
  /**
   * partner only: the channel codes (e.g. SITEMINDER) this key may send reservations for; absent or
   * empty = none. Staff and system callers carry no channels: they are not speaking for a channel.
   */
  channels?: string[];
}

export const IDENTITY_HEADER = 'x-hotelops-identity';
export const IDENTITY_TS_HEADER = 'x-hotelops-identity-ts';
export const IDENTITY_SIG_HEADER = 'x-hotelops-identity-sig';
export const REQUEST_ID_HEADER = 'x-request-id';
export const CORRELATION_ID_HEADER = 'x-correlation-id';

export const ANONYMOUS: IdentityClaims = Object.freeze({ kind: 'anonymous', roles: [], scopes: [], propertyIds: [] });
export const SYSTEM: IdentityClaims = Object.freeze({ kind: 'system', roles: ['system'], scopes: [], propertyIds: ['*'] });

function sign(secret: string, ts: string, encoded: string): string {
  return createHmac('sha256', secret).update(`${ts}.${encoded}`).digest('hex');
}

/** Headers the gateway adds to every subgraph request. */
export function signIdentity(claims: IdentityClaims, secret: string, now = Date.now()): Record<string, string> {
  const encoded = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const ts = String(now);
  return { [IDENTITY_HEADER]: encoded, [IDENTITY_TS_HEADER]: ts, [IDENTITY_SIG_HEADER]: sign(secret, ts, encoded) };
}

export type VerifyResult = { ok: true; claims: IdentityClaims } | { ok: false; reason: string };

export function verifyIdentity(
  headers: Record<string, string | string[] | undefined>,
  secret: string,
  maxAgeMs: number,
  now = Date.now(),
): VerifyResult {
  const one = (h: string) => firstHeader(headers, h);
  const encoded = one(IDENTITY_HEADER);
  const ts = one(IDENTITY_TS_HEADER);
  const sig = one(IDENTITY_SIG_HEADER);
  if (!encoded || !ts || !sig) return { ok: false, reason: 'missing signed identity' };
  const expected = Buffer.from(sign(secret, ts, encoded), 'hex');
  const given = Buffer.from(sig, 'hex');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, reason: 'identity signature does not match' };
  }
  const age = now - Number(ts);
  if (!Number.isFinite(age) || age > maxAgeMs || age < -maxAgeMs) return { ok: false, reason: 'identity signature is stale' };
  try {
    const claims = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8')) as IdentityClaims;
    if (!Array.isArray(claims.roles) || !Array.isArray(claims.propertyIds) || !Array.isArray(claims.scopes)) {
      return { ok: false, reason: 'identity claims are malformed' };
    }
    if (claims.channels !== undefined && !(Array.isArray(claims.channels) && claims.channels.every((c) => typeof c === 'string'))) {
      return { ok: false, reason: 'identity claims are malformed' };
    }
    return { ok: true, claims };
  } catch {
    return { ok: false, reason: 'identity claims are malformed' };
  }
}
