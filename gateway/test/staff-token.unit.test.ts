import { SignJWT } from 'jose';
import { parse, specifiedRules, validate, buildSchema } from 'graphql';
import { InvalidTokenError, depthLimit, mintStaffToken, verifyStaffToken } from '@hotelops/gateway';

const settings = { secret: 's'.repeat(32), issuer: 'hotelops', audience: 'hotelops-api' };

describe('staff tokens', () => {
  it('verify into staff identity claims', async () => {
    const token = await mintStaffToken({ employeeId: 'e-1', roles: ['front-desk'], properties: ['p-1'] }, settings);
    expect(await verifyStaffToken(token, settings)).toEqual({
      kind: 'staff',
      subject: 'e-1',
      roles: ['front-desk'],
      scopes: [],
      propertyIds: ['p-1'],
    });
  });

  it.each([
    ['another secret', { ...settings, secret: 'x'.repeat(32) }, /token rejected: ERR_JWS_SIGNATURE_VERIFICATION_FAILED/],
    ['another audience', { ...settings, audience: 'partners' }, /token rejected: ERR_JWT_CLAIM_VALIDATION_FAILED/],
    ['another issuer', { ...settings, issuer: 'someone-else' }, /token rejected: ERR_JWT_CLAIM_VALIDATION_FAILED/],
  ])('refuses a token checked with %s', async (_what, verifyWith, message) => {
    const token = await mintStaffToken({ roles: ['front-desk'], properties: ['*'] }, settings);
    await expect(verifyStaffToken(token, verifyWith)).rejects.toThrow(message);
  });

  it('remembers a verified token, but only for the settings it was verified with', async () => {
    const token = await mintStaffToken({ employeeId: 'e-2', roles: ['front-desk'], properties: ['p-1'] }, settings);
    const first = await verifyStaffToken(token, settings);
    expect(await verifyStaffToken(token, { ...settings })).toBe(first);
    expect(Object.isFrozen(first) && Object.isFrozen(first.roles)).toBe(true);
    await expect(verifyStaffToken(token, { ...settings, secret: 'x'.repeat(32) })).rejects.toThrow(/ERR_JWS_SIGNATURE_VERIFICATION_FAILED/);
    await expect(verifyStaffToken(token, { ...settings, audience: 'partners' })).rejects.toThrow(/ERR_JWT_CLAIM_VALIDATION_FAILED/);
  });

  it('refuses expired tokens and tokens without roles', async () => {
    const key = new TextEncoder().encode(settings.secret);
    const expired = await new SignJWT({ roles: ['front-desk'], properties: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(key);
    await expect(verifyStaffToken(expired, settings)).rejects.toThrow(new InvalidTokenError('token has expired'));
    const noRoles = await new SignJWT({ properties: ['*'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .sign(key);
    await expect(verifyStaffToken(noRoles, settings)).rejects.toThrow('token has no roles claim');
  });
});

describe('depth limit', () => {
  const schema = buildSchema('type Node { id: ID, child: Node } type Query { node: Node }');
  const errorsFor = (q: string) => validate(schema, parse(q), [...specifiedRules, depthLimit(3)]).map((e) => e.message);

  it('accepts queries up to the limit and refuses deeper ones, following fragments', () => {
    expect(errorsFor('{ node { child { id } } }')).toEqual([]);
    expect(errorsFor('{ node { child { child { id } } } }')).toEqual(['Query depth 4 exceeds the limit of 3']);
    expect(errorsFor('{ node { ...F } } fragment F on Node { child { child { id } } }')).toEqual(['Query depth 4 exceeds the limit of 3']);
  });
});
