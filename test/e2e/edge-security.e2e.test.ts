import { IDENTITY_HEADER, signIdentity } from '@hotelops/kernel';
import { gql, manager, signedHeaders } from '@hotelops/testing';
import { startPlatform, type Platform } from './platform';

describe('gateway edge: authentication and signed identity', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
  });
  afterAll(() => platform?.stop());

  const createProperty = `mutation { createProperty(input: {code: "SEC1", name: "Edge Hotel", timeZone: "Europe/Berlin", currency: "EUR"}) { id } }`;

  it('answers 401 to a malformed, forged or expired bearer token', async () => {
    for (const authorization of [
      'Bearer not-a-jwt',
      'Basic abc',
      `Bearer ${(await platform.token(['general-manager'])).slice(0, -4)}AAAA`,
    ]) {
      const res = await fetch(platform.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization },
        body: '{"query":"{ __typename }"}',
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer');
    }
  });

  it('lets an anonymous caller reach the endpoint but no data or mutation', async () => {
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: createProperty }),
    });
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a role that lacks the permission, and accepts the one that has it', async () => {
    const denied = await platform.query(createProperty, {}, await platform.token(['front-desk']));
    expect(denied.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' });
    const allowed = await platform.query(createProperty, {}, await platform.token(['general-manager']));
    expect(allowed.errors).toBeUndefined();
  });

  it('subgraphs refuse requests that bypass the gateway', async () => {
    const url = platform.subgraphs.reservations.url;
    const body = JSON.stringify({ query: '{ properties { nodes { id } } }' });
    const unsigned = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(unsigned.status).toBe(401);
    const forged = signIdentity(manager(), 'an-attacker-guessed-secret-000000000');
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...forged }, body })).status).toBe(401);
    const tampered = { ...signedHeaders({ kind: 'staff', roles: ['housekeeping'], scopes: [], propertyIds: ['x'] }) };
    tampered[IDENTITY_HEADER] = Buffer.from(JSON.stringify(manager())).toString('base64url');
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...tampered }, body })).status).toBe(401);
    // correctly signed (as the gateway does): accepted
    expect((await gql(url, '{ properties { nodes { id } } }')).status).toBe(200);
  });

  it('keeps health and metrics open on every process', async () => {
    for (const s of Object.values(platform.subgraphs)) {
      const base = s.url.replace('/graphql', '');
      expect((await fetch(`${base}/health/live`)).status).toBe(200);
      const ready = await fetch(`${base}/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toMatchObject({ status: 'ok', checks: { database: 'ok' } });
      expect(await (await fetch(`${base}/metrics`)).text()).toContain('hotelops_graphql_requests_total');
    }
  });

  it('refuses queries nested beyond the depth limit, before touching any subgraph', async () => {
    // Reservation.cases → Case.reservation → … recurses across two subgraphs.
    let selection = 'id';
    for (let i = 0; i < 7; i++) selection = `cases { reservation { ${selection} } }`;
    const res = await platform.query(`query($id: ID!) { reservation(id: $id) { ${selection} } }`, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(res.status).toBe(400);
    expect(res.errors?.[0].message).toBe('Query depth 16 exceeds the limit of 12');
  });
});
