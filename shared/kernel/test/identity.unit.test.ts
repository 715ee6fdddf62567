import {
  Caller,
  DomainError,
  EMPLOYEE,
  IDENTITY_HEADER,
  IDENTITY_SIG_HEADER,
  signIdentity,
  verifyIdentity,
  type IdentityClaims,
} from '@hotelops/kernel';

const secret = 'k'.repeat(32);
const claims: IdentityClaims = { kind: 'staff', subject: 'e1', roles: ['front-desk'], scopes: [], propertyIds: ['p1'] };

describe('signed identity', () => {
  it('round-trips claims signed with the shared secret', () => {
    const headers = signIdentity(claims, secret, 1_000);
    expect(verifyIdentity(headers, secret, 60_000, 2_000)).toEqual({ ok: true, claims });
  });

  it('refuses missing, forged, tampered and stale identities', () => {
    const headers = signIdentity(claims, secret, 1_000);
    expect(verifyIdentity({}, secret, 60_000, 1_000)).toEqual({ ok: false, reason: 'missing signed identity' });
    expect(verifyIdentity(signIdentity(claims, 'x'.repeat(32), 1_000), secret, 60_000, 1_000)).toMatchObject({
      ok: false,
      reason: 'identity signature does not match',
    });
    const elevated = Buffer.from(JSON.stringify({ ...claims, roles: ['general-manager'] })).toString('base64url');
    expect(verifyIdentity({ ...headers, [IDENTITY_HEADER]: elevated }, secret, 60_000, 1_000)).toMatchObject({
      ok: false,
      reason: 'identity signature does not match',
    });
    expect(verifyIdentity({ ...headers, [IDENTITY_SIG_HEADER]: 'zz' }, secret, 60_000, 1_000)).toMatchObject({ ok: false });
    expect(verifyIdentity(headers, secret, 60_000, 100_000)).toEqual({ ok: false, reason: 'identity signature is stale' });
  });

  it("round-trips a partner's channels, and refuses channels that are not a list of codes", () => {
    const partner: IdentityClaims = {
      kind: 'partner',
      subject: 'k1',
      roles: [],
      scopes: [],
      propertyIds: ['p1'],
      channels: ['SITEMINDER'],
    };
    expect(verifyIdentity(signIdentity(partner, secret, 1_000), secret, 60_000, 1_000)).toEqual({ ok: true, claims: partner });
    const odd = { ...partner, channels: 'SITEMINDER' } as unknown as IdentityClaims;
    expect(verifyIdentity(signIdentity(odd, secret, 1_000), secret, 60_000, 1_000)).toEqual({
      ok: false,
      reason: 'identity claims are malformed',
    });
  });
});

describe('Caller', () => {
  it('satisfies a rule by role or partner scope, and never when anonymous', () => {
    expect(new Caller(claims).satisfies(['front-desk', 'reservations-agent'])).toBe(true);
    expect(new Caller(claims).satisfies(['housekeeping'])).toBe(false);
    expect(new Caller(claims).satisfies([])).toBe(true);
    const partner: IdentityClaims = { kind: 'partner', subject: 'k1', roles: [], scopes: ['reservations:write'], propertyIds: ['p1'] };
    expect(new Caller(partner).satisfies(['scope:reservations:write'])).toBe(true);
    expect(new Caller(partner).satisfies(['reservations:write'])).toBe(false);
    // a bare @Authorized() is for staff: a partner needs a rule naming one of its scopes
    expect(new Caller(partner).satisfies([])).toBe(false);
    expect(new Caller(partner).satisfies(['scope:ari:read'])).toBe(false);
    expect(new Caller({ ...partner, roles: ['general-manager'] }).satisfies(['storekeeper'])).toBe(false);
    expect(new Caller({ kind: 'anonymous', roles: [], scopes: [], propertyIds: [] }).satisfies([])).toBe(false);
  });

  it('lets a partner act only for the channels its key is bound to; staff and system are not bound', () => {
    const partner: IdentityClaims = { kind: 'partner', subject: 'k1', roles: [], scopes: ['reservations:write'], propertyIds: ['p1'] };
    const bound = new Caller({ ...partner, channels: ['SITEMINDER'] });
    expect(bound.canActForChannel('SITEMINDER')).toBe(true);
    expect(bound.canActForChannel('BOOKINGCOM')).toBe(false);
    expect(() => bound.assertChannel('BOOKINGCOM')).toThrow(
      expect.objectContaining({
        code: 'AUTH.CHANNEL_NOT_BOUND',
        category: 'FORBIDDEN',
        details: { channel: 'BOOKINGCOM', boundChannels: ['SITEMINDER'] },
      }),
    );
    // a key from before channel binding carries none
    expect(new Caller(partner).canActForChannel('SITEMINDER')).toBe(false);
    expect(() => new Caller(partner).assertChannel('SITEMINDER')).toThrow(/bound to no channel/);
    expect(new Caller({ ...claims, roles: ['reservations-agent'] }).canActForChannel('BOOKINGCOM')).toBe(true);
    expect(new Caller({ kind: 'system', roles: ['system'], scopes: [], propertyIds: ['*'] }).canActForChannel('BOOKINGCOM')).toBe(true);
  });

  it('admits the employee rule only for staff tokens that name an employee', () => {
    expect(new Caller(claims).satisfies([EMPLOYEE])).toBe(true);
    expect(new Caller({ ...claims, subject: undefined }).satisfies([EMPLOYEE])).toBe(false);
    expect(new Caller({ ...claims, subject: undefined }).satisfies([EMPLOYEE, 'hr-manager'])).toBe(false);
    const partner: IdentityClaims = { kind: 'partner', subject: 'k1', roles: [], scopes: ['reservations:write'], propertyIds: ['p1'] };
    expect(new Caller(partner).satisfies([EMPLOYEE])).toBe(false);
  });

  it('lets a general manager do anything, but only in their properties', () => {
    const gm = new Caller({ ...claims, roles: ['general-manager'] });
    expect(gm.satisfies(['storekeeper'])).toBe(true);
    expect(gm.canAccessProperty('p1')).toBe(true);
    expect(() => gm.assertProperty('p2')).toThrow(DomainError);
    expect(new Caller({ ...claims, propertyIds: ['*'] }).propertyScope()).toBeUndefined();
    expect(gm.propertyScope()).toEqual(['p1']);
  });
});
