import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '@hotelops/kernel';
import { Database } from '@hotelops/kernel/db';
import { ApiKeyStore, InvalidApiKeyError, runApiKeyCli } from '@hotelops/gateway';
import { DIALECTS, createPgDatabase, type TestDatabase } from '@hotelops/testing';
import { ApiKeys1764400000000 } from '../src/partners/migrations/1764400000000-api-keys.migration';

describe.each(DIALECTS)('partner API keys on %s', (dialect) => {
  let store: ApiKeyStore;
  let pg: TestDatabase | undefined;
  let env: Record<string, string | undefined>;
  beforeAll(async () => {
    if (dialect === 'postgres') pg = await createPgDatabase('hotelops_gateway');
    env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'hotelops-keys-')), GATEWAY_DATABASE_URL: pg?.url };
    store = await ApiKeyStore.open({ databaseUrl: pg?.url, dataDir: env.DATA_DIR!, logger: createLogger('test', 'silent') });
  });
  afterAll(async () => {
    await store?.close();
    await pg?.drop();
  });

  it('stores only a hash, and verifies the key into a partner identity', async () => {
    const { key, record } = await store.create({ name: 'Channel X', scopes: ['reservations:write', 'ari:read'], propertyIds: ['p-1'] });
    expect(key).toMatch(/^hok_[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const [row] = await store.db.dataSource.query(`SELECT * FROM api_keys WHERE id = '${record.id}'`);
    expect(JSON.stringify(row)).not.toContain(key.split('.')[1]);
    expect(row.key_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await store.verify(key)).toEqual({
      claims: {
        kind: 'partner',
        subject: record.id,
        roles: [],
        scopes: ['reservations:write', 'ari:read'],
        propertyIds: ['p-1'],
        channels: [],
      },
      persistedOnly: false,
    });
  });

  it('refuses malformed, unknown and altered keys, and a key once revoked', async () => {
    const { key, record } = await store.create({ name: 'BI', scopes: ['reports:read'], propertyIds: ['*'], persistedOnly: true });
    expect((await store.verify(key)).persistedOnly).toBe(true);
    await expect(store.verify('not-a-key')).rejects.toThrow(new InvalidApiKeyError('API key is malformed'));
    const altered = key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A');
    await expect(store.verify(altered)).rejects.toThrow('API key is not valid');
    await expect(store.verify(key.replace(record.id, '00000000-0000-4000-8000-000000000000'))).rejects.toThrow('API key is not valid');
    await store.revoke(record.id);
    await expect(store.verify(key)).rejects.toThrow('API key has been revoked');
    expect((await store.list()).find((k) => k.id === record.id)?.revokedAt).toBeInstanceOf(Date);
  });

  it('binds a key to its channels: at creation, later by bind, and into the identity it verifies to', async () => {
    const { key, record } = await store.create({
      name: 'SiteMinder',
      scopes: ['reservations:write'],
      propertyIds: ['p-1'],
      channels: ['siteminder', 'SITEMINDER'],
    });
    expect(record.channels).toEqual(['SITEMINDER']);
    expect((await store.verify(key)).claims.channels).toEqual(['SITEMINDER']);
    expect((await store.bindChannels(record.id, ['SITEMINDER', 'EXPEDIA'])).channels).toEqual(['SITEMINDER', 'EXPEDIA']);
    expect((await store.verify(key)).claims.channels).toEqual(['SITEMINDER', 'EXPEDIA']);
    await expect(store.bindChannels(record.id, [])).rejects.toThrow(/at least one channel/);
    await expect(store.bindChannels(randomUUID(), ['X1'])).rejects.toThrow(/no API key with id/);
    await expect(store.create({ name: 'x', scopes: ['ari:read'], propertyIds: ['*'], channels: ['a b'] })).rejects.toThrow(
      /invalid channel code\(s\) A B/,
    );
  });

  it('gives keys made before channel binding no channel (they must be bound before upserting reservations)', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'hotelops-keys-old-'));
    const oldPg = dialect === 'postgres' ? await createPgDatabase('hotelops_gateway_old') : undefined;
    const before = new Database({
      service: 'gateway',
      databaseUrl: oldPg?.url,
      dataDir,
      entities: [],
      migrations: [ApiKeys1764400000000],
      logger: createLogger('test', 'silent'),
    });
    await before.open();
    const id = randomUUID();
    const key = `hok_${id}.${randomBytes(32).toString('base64url')}`;
    await before.dataSource
      .createQueryBuilder()
      .insert()
      .into('api_keys')
      .values({
        id,
        name: 'Old partner',
        key_hash: createHash('sha256').update(key).digest('hex'),
        scopes: JSON.stringify(['reservations:write']),
        property_ids: JSON.stringify(['*']),
        persisted_only: false,
        created_at: new Date().toISOString(),
      })
      .execute();
    await before.close();
    const after = await ApiKeyStore.open({ databaseUrl: oldPg?.url, dataDir, logger: createLogger('test', 'silent') });
    try {
      expect((await after.verify(key)).claims).toMatchObject({ subject: id, scopes: ['reservations:write'], channels: [] });
      expect((await after.bindChannels(id, ['CTRIP'])).channels).toEqual(['CTRIP']);
      expect((await after.verify(key)).claims.channels).toEqual(['CTRIP']);
    } finally {
      await after.close();
      await oldPg?.drop();
    }
  });

  it('refuses unknown scopes and keys without scope or property', async () => {
    await expect(store.create({ name: 'x', scopes: ['everything'], propertyIds: ['*'] })).rejects.toThrow(/unknown scope\(s\) everything/);
    await expect(store.create({ name: 'x', scopes: [], propertyIds: ['*'] })).rejects.toThrow('a key needs at least one scope');
    await expect(store.create({ name: 'x', scopes: ['ari:read'], propertyIds: [] })).rejects.toThrow(/at least one property/);
  });

  it('is managed from the CLI: create prints the key once, list shows it, revoke ends it', async () => {
    const out: string[] = [];
    await runApiKeyCli(['create', '--name', 'Channel Y', '--scope', 'ari:read', '--property', 'p-9'], env, (l) => out.push(l));
    const key = /key \(shown once.*\): (\S+)/.exec(out.join('\n'))![1];
    const id = out[0].split(/\s+/)[0];
    const { claims } = await store.verify(key);
    expect(claims).toMatchObject({ subject: id, scopes: ['ari:read'], propertyIds: ['p-9'] });
    out.length = 0;
    await runApiKeyCli(['list'], env, (l) => out.push(l));
    expect(out.find((l) => l.startsWith(id))).toMatch(/Channel Y {2}scopes=ari:read {2}properties=p-9 {2}channels=\(none\) {2}active/);
    out.length = 0;
    await runApiKeyCli(['bind', id, '--channel', 'siteminder'], env, (l) => out.push(l));
    expect(out[0]).toMatch(/channels=SITEMINDER {2}active/);
    expect((await store.verify(key)).claims.channels).toEqual(['SITEMINDER']);
    await expect(runApiKeyCli(['bind', '--channel', 'X1'], env, () => undefined)).rejects.toThrow(/bind needs a key id/);
    expect(out.join('\n')).not.toContain(key);
    await runApiKeyCli(['revoke', id], env, () => undefined);
    await expect(store.verify(key)).rejects.toThrow('API key has been revoked');
    await expect(runApiKeyCli(['frobnicate'], env, () => undefined)).rejects.toThrow(/usage:/);
  });
});
