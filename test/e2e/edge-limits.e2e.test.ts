import { announceStay, eventually } from '@hotelops/testing';
import { startPlatform, type Platform } from './platform';

/** Request limits and production behaviour of the gateway, each checked through HTTP. */
describe('gateway limits and production mode', () => {
  let platform: Platform;
  let productionUrl: string;
  let brokenUrl: string;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process', gatewayEnv: { MAX_ALIASES: '5', MAX_QUERY_COST: '500' } });
    productionUrl = (await platform.startGateway({ NODE_ENV: 'production', CORS_ORIGINS: 'https://console.hotel.example' })).url;
    // a gateway whose reservations subgraph is unreachable
    const urls = Object.entries(platform.subgraphs).map(
      ([name, s]) => `${name}=${name === 'reservations' ? 'http://127.0.0.1:9/graphql' : s.url}`,
    );
    brokenUrl = (await platform.startGateway({ SUBGRAPH_URLS: urls.join(',') })).url;
  });
  afterAll(() => platform?.stop());

  const post = (url: string, query: string, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query }) });

  it('refuses too many aliases and too costly queries before any subgraph work', async () => {
    const aliases = await platform.query(`{ ${Array.from({ length: 6 }, (_, i) => `a${i}: properties { nodes { id } }`).join(' ')} }`);
    expect(aliases.status).toBe(400);
    expect(aliases.errors?.[0]).toMatchObject({
      message: 'The operation uses 6 aliases; the limit is 5',
      extensions: { code: 'TOO_MANY_ALIASES' },
    });
    const costly = await platform.query(`{ properties(first: 100) { nodes { id code name timeZone currency } } }`);
    expect(costly.status).toBe(400);
    // properties 1 + 100 × (nodes 1 + 5 fields)
    expect(costly.errors?.[0]).toMatchObject({
      message: 'Query cost 601 exceeds the limit of 500',
      extensions: { code: 'QUERY_TOO_COSTLY' },
    });
  });

  it('caps the page size at 100', async () => {
    const res = await platform.query(`{ properties(first: 101) { nodes { id } } }`);
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(res.errors?.[0].message).toMatch(/first/);
  });

  it('turns introspection and the landing page off in production', async () => {
    const token = await platform.token(['general-manager']);
    const introspection = await post(productionUrl, '{ __schema { queryType { name } } }', { authorization: `Bearer ${token}` });
    expect(introspection.status).toBe(400);
    expect((await introspection.json()).errors[0].message).toMatch(/introspection is not allowed/i);
    const landing = await fetch(productionUrl, { headers: { accept: 'text/html' } });
    expect(landing.headers.get('content-type') ?? '').not.toContain('text/html');
    // development keeps both for developers
    expect((await platform.query('{ __schema { queryType { name } } }')).errors).toBeUndefined();
    const devLanding = await fetch(platform.gatewayUrl, { headers: { accept: 'text/html' } });
    expect(devLanding.headers.get('content-type')).toContain('text/html');
    // offline: it sends the browser to the bundled explorer, nothing from a CDN
    const page = await devLanding.text();
    expect(page).toContain('url=/explorer');
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('answers CORS only for configured origins', async () => {
    const allowed = await fetch(productionUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://console.hotel.example', 'access-control-request-method': 'POST' },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://console.hotel.example');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-api-key');
    const other = await fetch(productionUrl, {
      method: 'OPTIONS',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await post(productionUrl, '{ __typename }', { origin: 'https://console.hotel.example' });
    expect(simple.headers.get('access-control-allow-origin')).toBe('https://console.hotel.example');
    expect(simple.headers.get('vary')).toContain('Origin');
  });

  it('names an unreachable subgraph without its address or a stack trace', async () => {
    const token = await platform.token(['general-manager']);
    const res = await post(brokenUrl, '{ properties { nodes { id } } }', { authorization: `Bearer ${token}` });
    const text = await res.text();
    expect(res.status).toBeLessThan(500);
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack|at \w+ \(/);
    expect(JSON.parse(text).errors[0]).toMatchObject({
      path: ['properties'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SUBGRAPH.UNAVAILABLE', subgraph: 'reservations' },
    });

    // a nested field whose subgraph is down: the rest of the answer stands, the failure is named where it happened
    const stay = { reservationId: '00000000-0000-4000-8000-00000000000a', propertyId: '00000000-0000-4000-8000-0000000000ff' };
    await announceStay(platform.subgraphs.care.app.transport, stay);
    const opened = await eventually(() =>
      platform.ok(
        `mutation($r: ID!, $p: ID!) { openCase(input: {propertyId: $p, kind: INQUIRY, channel: PHONE, category: "x", subject: "Late checkout?", reservationId: $r}) { id } }`,
        { r: stay.reservationId, p: stay.propertyId },
      ),
    );
    const nested = await post(brokenUrl, `{ case(id: "${opened.openCase.id}") { subject reservation { guestName } } }`, {
      authorization: `Bearer ${token}`,
    });
    const nestedText = await nested.text();
    expect(nestedText).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|stack/);
    const body = JSON.parse(nestedText);
    expect(body.data.case).toEqual({ subject: 'Late checkout?', reservation: null });
    expect(body.errors[0]).toMatchObject({
      path: ['case', 'reservation', 'guestName'],
      extensions: { code: 'SERVICE_UNAVAILABLE', reason: 'SUBGRAPH.UNAVAILABLE', subgraph: 'reservations' },
    });
  });
});
