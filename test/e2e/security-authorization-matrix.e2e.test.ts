import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiKeyStore } from '@hotelops/gateway';
import { PARTNER_SCOPES, ROLES, SUPER_ROLES, createLogger } from '@hotelops/kernel';
import { loadSupergraph, mutationRules, sampleCall } from './supergraph-operations';
import { startPlatform, type Platform } from './platform';

/**
 * Walks the composed supergraph: every mutation, called through the gateway with well-typed
 * dummy arguments, must refuse an anonymous caller (UNAUTHENTICATED) and a caller whose role its
 * rule does not name (FORBIDDEN). The call is type-valid, so what answers is the authorization
 * rule, not GraphQL validation; a mutation added without @Authorized(<roles>) fails here.
 * Every query refuses anonymous callers, and every query taking a propertyId refuses a property
 * outside the caller's token.
 */
const schema = loadSupergraph();
const mutations = Object.values(schema.getMutationType()!.getFields());
const queries = Object.values(schema.getQueryType()!.getFields());
const rules = mutationRules();

/** A partner scope the mutation's rule does not name. */
function unrelatedScope(mutation: string): string {
  const named = rules.get(mutation) ?? [];
  const scope = PARTNER_SCOPES.find((s) => !named.includes(`scope:${s}`));
  if (!scope) throw new Error(`${mutation} names every partner scope`);
  return scope;
}

/** A real role the mutation's rule does not name (never a super role); a rule naming no role lets everybody in. */
function unrelatedRole(mutation: string): string {
  const named = rules.get(mutation) ?? [];
  const role = ROLES.find((r) => !named.includes(r) && !SUPER_ROLES.includes(r));
  if (!role) throw new Error(`${mutation} names every role; it has no unrelated role to test with`);
  return role;
}

type Result = Awaited<ReturnType<Platform['query']>>;
const onlyError = (r: Result) => {
  expect(r.errors).toHaveLength(1);
  return r.errors![0];
};

describe('authorization matrix over the composed supergraph', () => {
  let platform: Platform;
  let home: string;
  let elsewhere: string;
  let keys: ApiKeyStore;
  let partnerUrl: string;
  beforeAll(async () => {
    platform = await startPlatform({ transport: 'in-process' });
    keys = await ApiKeyStore.open({ dataDir: mkdtempSync(join(tmpdir(), 'hotelops-keys-')), logger: createLogger('test', 'silent') });
    partnerUrl = (await platform.startGateway({}, { apiKeys: keys })).url;
    const create = (code: string) =>
      platform
        .ok<{
          createProperty: { id: string };
        }>(
          `mutation($c: String!) { createProperty(input: {code: $c, name: "Matrix ${code}", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`,
          { c: code },
        )
        .then((d) => d.createProperty.id);
    home = await create('MXA');
    elsewhere = await create('MXB');
  });
  afterAll(async () => {
    await platform?.stop();
    await keys?.close();
  });

  it('finds the mutations of every subgraph', () => {
    expect(mutations.length).toBeGreaterThanOrEqual(30);
    expect(mutations.map((m) => m.name)).toEqual(
      expect.arrayContaining(['checkOut', 'openCase', 'openOrder', 'receiveStock', 'hireEmployee']),
    );
  });

  it('names only scopes a partner key can hold', () => {
    const named = [...rules.values()].flat().filter((r) => r.startsWith('scope:'));
    expect(named.filter((r) => !(PARTNER_SCOPES as readonly string[]).includes(r.slice(6)))).toEqual([]);
  });

  it.each(mutations.map((m) => [m.name, m] as const))('%s refuses anonymous callers, unrelated roles and scopes', async (name, field) => {
    const { query, variables } = sampleCall('mutation', field);
    const anonymous = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const anonymousBody = (await anonymous.json()) as Result;
    expect(onlyError({ ...anonymousBody, status: anonymous.status }).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });

    const role = unrelatedRole(name);
    const forbidden = await platform.query(query, variables, await platform.token([role]));
    expect({ role, error: onlyError(forbidden).extensions }).toMatchObject({
      role,
      error: { code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' },
    });

    const scope = unrelatedScope(name);
    const { key } = await keys.create({ name: `matrix ${name}`, scopes: [scope], propertyIds: ['*'] });
    const partner = await fetch(partnerUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-api-key': key },
      body: JSON.stringify({ query, variables }),
    });
    const partnerBody = (await partner.json()) as Result;
    expect({ scope, error: onlyError({ ...partnerBody, status: partner.status }).extensions }).toMatchObject({
      scope,
      error: { code: 'FORBIDDEN', reason: 'AUTH.FORBIDDEN' },
    });
  });

  it.each(queries.map((q) => [q.name, q] as const))('query %s refuses anonymous callers', async (_name, field) => {
    const { query, variables } = sampleCall('query', field);
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as Result;
    expect(onlyError({ ...body, status: res.status }).extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  const byProperty = queries.filter((q) => q.args.some((a) => a.name === 'propertyId'));
  it('covers a property-scoped list in every subgraph', () => {
    expect(byProperty.map((q) => q.name)).toEqual(expect.arrayContaining(['reservations', 'employees', 'outlets', 'items', 'cases']));
  });

  it.each(byProperty.map((q) => [q.name, q] as const))(
    'query %s answers for the caller’s property and refuses any other',
    async (_name, field) => {
      const token = await platform.token(['general-manager'], [home]);
      const own = sampleCall('query', field, { propertyId: home });
      // The caller's own property passes the check (a domain answer such as NOT_FOUND is fine here).
      const ownCodes = ((await platform.query(own.query, own.variables, token)).errors ?? []).map((e) => e.extensions?.code);
      expect(ownCodes).not.toContain('FORBIDDEN');
      expect(ownCodes).not.toContain('UNAUTHENTICATED');
      const other = sampleCall('query', field, { propertyId: elsewhere });
      expect(onlyError(await platform.query(other.query, other.variables, token)).extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'AUTH.PROPERTY_FORBIDDEN',
      });
    },
  );

  it('refuses, in every subgraph, an entity fetched by id from a property outside the token', async () => {
    const p = { p: elsewhere };
    const made = {
      outlet: (
        await platform.ok(`mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Bar", kind: BAR, currency: "CNY"}) { id } }`, p)
      ).createOutlet.id,
      item: (
        await platform.ok(
          `mutation($p: ID!) { createItem(input: {propertyId: $p, sku: "MX-1", name: "Towel", category: LINEN, unit: "pc"}) { id } }`,
          p,
        )
      ).createItem.id,
      case: (
        await platform.ok(
          `mutation($p: ID!) { openCase(input: {propertyId: $p, kind: INQUIRY, channel: PHONE, category: "x", subject: "Parking?"}) { id } }`,
          p,
        )
      ).openCase.id,
      department: (
        await platform.ok(`mutation($p: ID!) { createDepartment(input: {propertyId: $p, code: "matrix-ops", name: "Ops"}) { id } }`, p)
      ).createDepartment.id,
    };
    const token = await platform.token(['general-manager'], [home]);
    for (const [field, id] of [
      ['outlet', made.outlet],
      ['item', made.item],
      ['case', made.case],
    ]) {
      const res = await platform.query(`query($id: ID!) { ${field}(id: $id) { id } }`, { id }, token);
      expect({ field, code: onlyError(res).extensions?.code }).toEqual({ field, code: expect.stringMatching(/^(FORBIDDEN|NOT_FOUND)$/) });
    }
    // staffing: the department's positions list is property-scoped
    const positions = await platform.query(
      `query($p: ID!, $d: ID) { positions(propertyId: $p, departmentId: $d) { nodes { id } } }`,
      {
        p: elsewhere,
        d: made.department,
      },
      token,
    );
    expect(onlyError(positions).extensions?.code).toBe('FORBIDDEN');
  });

  it('lists only the caller’s properties and refuses one outside the token by id', async () => {
    const token = await platform.token(['front-desk'], [home]);
    const listed = await platform.ok<{ properties: { nodes: { id: string }[] } }>(`{ properties(first: 100) { nodes { id } } }`, {}, token);
    expect(listed.properties.nodes.map((p) => p.id)).toEqual([home]);
    const byId = await platform.query(`query($id: ID!) { property(id: $id) { id } }`, { id: elsewhere }, token);
    expect(onlyError(byId).extensions?.code).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
  });
});
