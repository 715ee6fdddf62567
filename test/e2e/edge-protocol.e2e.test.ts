import { serverAudits } from 'graphql-http';
import { startPlatform, type Platform } from './platform';

/**
 * Deliberate departures from optional (MAY/SHOULD) audits, each for a reason:
 * - request errors (unparsable or invalid documents, variables that do not coerce) are answered
 *   400 for every Accept type, so clients and monitors see a malformed request as a 4xx;
 * - GETs need a CSRF-preflight header (`apollo-require-preflight`), so a cross-site page cannot
 *   fire simple GET requests at the endpoint.
 */
const KNOWN_DEPARTURES: Record<string, 'warn' | 'notice'> = {
  'SHOULD use 200 status code on document parsing failure when accepting application/json': 'warn',
  'SHOULD use 200 status code on document validation failure when accepting application/json': 'warn',
  'SHOULD use a status code of 200 on variable coercion failure when accepting application/json': 'warn',
  'MAY accept application/x-www-form-urlencoded formatted GET requests': 'notice',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/graphql-response+json': 'notice',
  'MAY allow URL-encoded JSON string {variables} parameter in GETs when accepting application/json': 'notice',
};

/** The GraphQL-over-HTTP conformance audits of the `graphql-http` package, run against the gateway: no errors. */
describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  let platform: Platform;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
  });
  afterAll(() => platform?.stop());

  const audits = serverAudits({ url: () => platform.gatewayUrl, fetchFn: fetch });

  it('runs the whole audit suite', () => {
    expect(audits.length).toBeGreaterThan(50);
    expect(audits.filter((a) => a.name.startsWith('MUST')).length).toBeGreaterThan(10);
  });

  it.each(audits.map((a) => [a.name, a] as const))('%s', async (name, audit) => {
    const result = await audit.fn();
    const reason = result.status === 'ok' ? undefined : result.reason;
    expect({ status: result.status, reason }).toEqual({
      status: KNOWN_DEPARTURES[name] ?? 'ok',
      reason: KNOWN_DEPARTURES[name] ? expect.any(String) : undefined,
    });
  });
});

/**
 * Requests the client got wrong are answered 4xx with a GraphQL error body, never 5xx: operation
 * types the schema lacks, operation names that select nothing, documents without an operation,
 * bodies the host refuses. Checked on a development and a production gateway.
 */
describe('client mistakes are 4xx with a GraphQL error body', () => {
  let platform: Platform;
  let productionUrl: string;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    productionUrl = (await platform.startGateway({ NODE_ENV: 'production' })).url;
  });
  afterAll(() => platform?.stop());

  const json = { 'content-type': 'application/json' };
  const cases: { name: string; body?: unknown; method?: string; search?: string; headers?: Record<string, string> }[] = [
    { name: 'subscription on a schema without subscriptions', body: { query: 'subscription { x }' } },
    { name: 'subscription selecting __typename', body: { query: 'subscription S { __typename }' } },
    {
      name: 'subscription chosen by operationName',
      body: { query: 'query Q { __typename } subscription S { __typename }', operationName: 'S' },
    },
    { name: 'mutation with an unknown field', body: { query: 'mutation { nope }' } },
    { name: 'mutation over GET', method: 'GET', search: '?query=mutation%7B__typename%7D' },
    { name: 'operationName that matches nothing', body: { query: 'query A { __typename }', operationName: 'B' } },
    { name: 'operationName for an anonymous operation', body: { query: '{ __typename }', operationName: 'A' } },
    { name: 'several anonymous operations', body: { query: '{ __typename } { __typename }' } },
    { name: 'named operations without operationName', body: { query: 'query A { __typename } query B { __typename }' } },
    { name: 'two operations with one name', body: { query: 'query A { __typename } query A { __typename }', operationName: 'A' } },
    { name: 'a document with fragments only', body: { query: 'fragment F on Query { __typename }' } },
    { name: 'an empty document', body: { query: '' } },
    { name: 'a directive the schema lacks', body: { query: '{ __typename @nope }' } },
    { name: 'a directive without its argument', body: { query: '{ __typename @include }' } },
    { name: 'deferred fragments', body: { query: '{ ... @defer { __typename } }' } },
    { name: 'an undeclared variable', body: { query: '{ reservation(id: $id) { id } }' } },
    { name: 'a body that is not JSON', body: '{"query":', headers: json },
    { name: 'an unsupported content type', body: '{ __typename }', headers: { 'content-type': 'application/xml' } },
    { name: 'a POST without a content type', body: '{"query":"{ __typename }"}', headers: {} },
    { name: 'a method GraphQL does not use', method: 'PUT', body: { query: '{ __typename }' } },
    { name: 'a path that does not exist', method: 'GET', search: '/../nope' },
  ];

  it.each(['development', 'production'] as const)('in %s', async (mode) => {
    const url = mode === 'production' ? productionUrl : platform.gatewayUrl;
    const token = await platform.token(['general-manager']);
    const outcomes = [];
    for (const c of cases) {
      const target = c.search?.startsWith('/') ? url.replace(/\/graphql$/, '/nope') : url + (c.search ?? '');
      const res = await fetch(target, {
        method: c.method ?? 'POST',
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true', ...(c.headers ?? json) },
        body: c.body === undefined ? undefined : typeof c.body === 'string' ? c.body : JSON.stringify(c.body),
      });
      const text = await res.text();
      let message: unknown;
      try {
        message = JSON.parse(text).errors?.[0]?.message;
      } catch {
        message = undefined;
      }
      outcomes.push({ name: c.name, status: res.status, clientError: res.status >= 400 && res.status < 500, message, text });
    }
    expect(outcomes.filter((o) => !o.clientError || typeof o.message !== 'string' || !o.message)).toEqual([]);
  });
});
