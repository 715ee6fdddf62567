import { SignJWT, jwtVerify, errors } from 'jose';
import type { IdentityClaims } from '@hotelops/kernel';

export interface TokenSettings {
  secret: string;
  issuer: string;
  audience: string;
}

export class InvalidTokenError extends Error {}

const key = (secret: string) => new TextEncoder().encode(secret);

/**
 * Staff JWT claims: `sub` = employee id, `roles`, `properties` (ids, or ["*"] for group staff).
 * Verified for signature, issuer, audience and expiry.
 */
export async function verifyStaffToken(token: string, s: TokenSettings): Promise<IdentityClaims> {
  try {
    const { payload } = await jwtVerify(token, key(s.secret), { issuer: s.issuer, audience: s.audience, algorithms: ['HS256'] });
    const roles = payload.roles;
    const properties = payload.properties;
    if (!Array.isArray(roles) || !roles.every((r) => typeof r === 'string')) throw new InvalidTokenError('token has no roles claim');
    if (!Array.isArray(properties) || !properties.every((p) => typeof p === 'string'))
      throw new InvalidTokenError('token has no properties claim');
    return { kind: 'staff', subject: payload.sub, roles, scopes: [], propertyIds: properties };
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
  return jwt.sign(key(s.secret));
}
