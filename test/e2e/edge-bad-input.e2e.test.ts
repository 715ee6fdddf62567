import { startPlatform, type Platform } from './platform';

/** A small deterministic PRNG, so a failing case can be reproduced from its seed. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface BadRequest {
  name: string;
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
}

const JSON_TYPE = { 'content-type': 'application/json' };
const valid = 'query($id: ID!, $n: Int) { reservation(id: $id) { id guestName } rooms(propertyId: $id, first: $n) { nodes { number } } }';

/** ≥ 500 malformed requests: broken JSON, wrong types and methods, oversized or deep documents, bad variables, garbage. */
function generateCases(maxBodyBytes: number): BadRequest[] {
  const rnd = prng(20261127);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const garbage = (n: number) => Array.from({ length: n }, () => String.fromCharCode(Math.floor(rnd() * 0xd7ff) + 1)).join('');
  const cases: BadRequest[] = [];
  const json = (name: string, body: unknown, headers: Record<string, string> = {}) =>
    cases.push({ name, headers: { ...JSON_TYPE, ...headers }, body: JSON.stringify(body) });

  // 1. bodies that are not JSON, or JSON of the wrong shape
  const good = JSON.stringify({ query: valid, variables: { id: 'x' } });
  for (let i = 1; i < 80; i++)
    cases.push({ name: `truncated JSON at ${i}`, headers: JSON_TYPE, body: good.slice(0, Math.floor((good.length * i) / 80)) });
  for (const body of [
    '',
    '{',
    '}',
    '[',
    'null',
    'true',
    '"query"',
    '42',
    '[]',
    '[{}]',
    '{"query":}',
    "{'query':'{a}'}",
    '\u0000\u0001',
    '{"query":"{a}"',
  ]) {
    cases.push({ name: `body ${JSON.stringify(body)}`, headers: JSON_TYPE, body });
  }
  for (const query of [null, 1, true, [], {}, ['{ __typename }'], { kind: 'Document' }])
    json(`query is ${JSON.stringify(query)}`, { query });
  for (const variables of ['x', 1, [], [1], true]) json(`variables ${JSON.stringify(variables)}`, { query: valid, variables });
  for (const operationName of [1, [], {}, true]) json(`operationName ${JSON.stringify(operationName)}`, { query: valid, operationName });
  for (const extensions of ['x', 1, [], { persistedQuery: 'x' }, { persistedQuery: { version: 2, sha256Hash: 'ab' } }])
    json(`extensions ${JSON.stringify(extensions)}`, { query: valid, extensions });
  json('no query at all', { variables: {} });
  json('operation not in document', { query: valid, operationName: 'Nope' });
  json('two anonymous operations', { query: '{ __typename } { __typename }' });
  json('named operations without operationName', { query: 'query A { __typename } query B { __typename }' });

  // 2. wrong content types and methods
  for (const type of [
    'text/plain',
    'application/xml',
    'multipart/form-data; boundary=x',
    'application/x-www-form-urlencoded',
    'image/png',
    '',
  ]) {
    cases.push({ name: `content-type ${type || '(none)'}`, headers: type ? { 'content-type': type } : {}, body: good });
  }
  for (const method of ['PUT', 'DELETE', 'PATCH']) cases.push({ name: `method ${method}`, method, headers: JSON_TYPE, body: good });
  for (const search of [
    '',
    '?query=',
    '?query=%7B',
    '?query={__typename}&variables=not-json',
    '?query=mutation{checkOut(id:"x"){id}}',
    '?extensions=%7B',
  ]) {
    cases.push({ name: `GET ${search}`, method: 'GET', path: `/graphql${search}`, headers: { 'apollo-require-preflight': 'true' } });
  }

  // 3. oversized and deep documents
  cases.push({
    name: 'body over the size limit',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: `{ __typename }${' '.repeat(maxBodyBytes)}` }),
  });
  for (const depth of [13, 20, 50, 200, 1000, 5000]) {
    let selection = 'id';
    for (let i = 0; i < depth; i++)
      selection = `cases { reservation { ${selection} } }`.replace('cases { reservation', i % 2 ? 'reservation' : 'cases');
    json(`nested ${depth} levels`, { query: `{ reservation(id: "x") { ${selection} } }` });
  }
  for (const depth of [100, 2000, 20000]) json(`brackets ${depth} deep`, { query: '{'.repeat(depth) + '}'.repeat(depth) });
  json('deep variables', { query: valid, variables: { id: JSON.parse('['.repeat(2000) + ']'.repeat(2000)) } });
  json('many aliases', { query: `{ ${Array.from({ length: 200 }, (_, i) => `a${i}: __typename`).join(' ')} }` });
  json('very costly', {
    query:
      '{ rooms(propertyId: "x", first: 100) { nodes { roomType { rooms(first: 100) { nodes { roomType { rooms(first: 100) { nodes { id } } } } } } } } }',
  });
  json('many fields', { query: `{ ${'__typename '.repeat(20000)} }` });

  // 4. invalid variables for a valid document
  const badVariables: unknown[] = [
    {},
    { id: null },
    { id: 1.5 },
    { id: {} },
    { id: [] },
    { id: 'x', n: 'ten' },
    { id: 'x', n: 1e40 },
    { id: 'x', n: 2.5 },
  ];
  for (const variables of badVariables) json(`variables ${JSON.stringify(variables)}`, { query: valid, variables });
  for (let i = 0; i < 60; i++) {
    const v = pick<unknown>([garbage(5), rnd() * 1e12, -1, true, [garbage(3)], { a: garbage(2) }, null]);
    json(`random variables #${i}`, {
      query: 'query($d: LocalDate!) { reservations(propertyId: "x", arrival: $d) { nodes { id } } }',
      variables: { d: v },
    });
  }

  // 5. documents that do not parse or do not validate
  const fragments = [
    '{',
    '}',
    '(',
    ')',
    'query',
    'mutation',
    '$',
    '@',
    '...',
    ':',
    '"',
    'reservation',
    'id',
    '!',
    '[',
    ']',
    '#',
    '\\u',
    '1',
    'on',
  ];
  for (let i = 0; i < 150; i++) {
    const query = Array.from({ length: 1 + Math.floor(rnd() * 12) }, () => pick(fragments)).join(pick([' ', '', '\n']));
    json(`random tokens #${i}`, { query: `${query} }` });
  }
  for (let i = 0; i < 60; i++) json(`random text #${i}`, { query: garbage(1 + Math.floor(rnd() * 200)) });
  for (const field of ['nope', 'reservation', 'reservation(id: 1) { nope }', 'checkOut(id: "x") { id }', '__schema { nope }'])
    json(`invalid field ${field}`, { query: `{ ${field} }` });
  for (let i = 0; i < 60; i++)
    cases.push({
      name: `random bytes #${i}`,
      headers: JSON_TYPE,
      body: Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 300) }, () => Math.floor(rnd() * 256))),
    });

  // 6. credentials that are not credentials
  for (const authorization of [
    'Bearer',
    'Bearer ',
    'Bearer a.b.c',
    'Basic Zm9vOmJhcg==',
    'Bearer ' + 'x'.repeat(5000),
    garbage(10).replace(/[^\x20-\x7e]/g, 'x'),
  ]) {
    cases.push({ name: `authorization ${authorization.slice(0, 20)}`, headers: { ...JSON_TYPE, authorization }, body: good });
  }
  for (const key of [
    'x',
    'hok_',
    'hok_00000000-0000-4000-8000-000000000000.short',
    'hok_00000000-0000-4000-8000-000000000000.' + 'A'.repeat(43),
  ]) {
    cases.push({ name: `x-api-key ${key.slice(0, 20)}`, headers: { ...JSON_TYPE, 'x-api-key': key }, body: good });
  }
  return cases;
}

describe('gateway under malformed input', () => {
  let platform: Platform;
  const maxBodyBytes = 100_000;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process', gatewayEnv: { MAX_BODY_BYTES: String(maxBodyBytes) } });
  });
  afterAll(() => platform?.stop());

  it('answers every one of ≥ 500 bad requests with a 4xx and a message, and keeps serving', async () => {
    const cases = generateCases(maxBodyBytes);
    expect(cases.length).toBeGreaterThanOrEqual(500);
    const base = platform.gatewayUrl.replace(/\/graphql$/, '');
    const outcomes: { name: string; status: number; message: string }[] = [];
    for (let i = 0; i < cases.length; i += 25) {
      await Promise.all(
        cases.slice(i, i + 25).map(async (c) => {
          const res = await fetch(base + (c.path ?? '/graphql'), { method: c.method ?? 'POST', headers: c.headers, body: c.body }).catch(
            (err: Error) => ({ status: 0, text: async () => `request failed: ${err.message} ${String((err.cause as Error)?.message)}` }),
          );
          const text = await res.text();
          let message = text;
          try {
            message = JSON.parse(text).errors?.[0]?.message ?? '';
          } catch {
            // not JSON: the text itself is the message
          }
          outcomes.push({ name: c.name, status: res.status, message });
        }),
      );
    }
    const wrong = outcomes.filter((o) => o.status < 400 || o.status > 499 || !o.message.trim());
    expect(wrong).toEqual([]);
    const ok = await platform.ok('{ properties(first: 1) { nodes { id } } }');
    expect(ok.properties.nodes).toBeDefined();
  });
});
