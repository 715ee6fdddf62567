import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import { Database } from '@hotelops/kernel/db';
import { PARTNER_SCOPES, type IdentityClaims } from '@hotelops/kernel/identity';
import type { Logger } from '@hotelops/kernel/observability';
import { ApiKeyRow } from './api-key.entity';
import { ApiKeys1764400000000 } from './migrations/1764400000000-api-keys.migration';
import { ApiKeyChannels1764900000000 } from './migrations/1764900000000-api-key-channels.migration';

export const API_KEY_HEADER = 'x-api-key';

/** `hok_<key id>.<43 chars of base64url = 256 random bits>`; the id finds the row, the hash proves the key. */
const KEY_FORMAT = /^hok_([0-9a-f-]{36})\.([A-Za-z0-9_-]{43})$/;

/** A channel code as reservations reads it (GraphQL `channel`, OTA POS/Source after normalising). */
const CHANNEL_CODE = /^[A-Z0-9_-]{2,40}$/;

const sha256 = (s: string) => createHash('sha256').update(s).digest();

export class InvalidApiKeyError extends Error {}

export interface PartnerKey {
  id: string;
  name: string;
  scopes: string[];
  propertyIds: string[];
  channels: string[];
  persistedOnly: boolean;
  createdAt: Date;
  revokedAt: Date | null;
}

export interface NewPartnerKey {
  name: string;
  scopes: string[];
  propertyIds: string[];
  /** channel codes the key may send reservations for; none = it may not upsert channel reservations */
  channels?: string[];
  persistedOnly?: boolean;
}

export interface VerifiedPartner {
  claims: IdentityClaims;
  persistedOnly: boolean;
}

/**
 * Partner API keys in the gateway's own database (SQLite under DATA_DIR, or PostgreSQL).
 * Every request looks its key up, so a revocation takes effect on the next request on every replica.
 */
export class ApiKeyStore {
  private constructor(readonly db: Database) {}

  static async open(opts: { databaseUrl?: string; dataDir: string; logger: Logger }): Promise<ApiKeyStore> {
    const db = new Database({
      service: 'gateway',
      databaseUrl: opts.databaseUrl,
      dataDir: opts.dataDir,
      entities: [ApiKeyRow],
      migrations: [ApiKeys1764400000000, ApiKeyChannels1764900000000],
      logger: opts.logger,
    });
    await db.open();
    return new ApiKeyStore(db);
  }

  async close(): Promise<void> {
    await this.db.close();
  }

  /** Creates a key; the returned `key` is the only time the secret exists outside the partner's hands. */
  async create(input: NewPartnerKey): Promise<{ key: string; record: PartnerKey }> {
    const unknown = input.scopes.filter((s) => !(PARTNER_SCOPES as readonly string[]).includes(s));
    if (unknown.length) throw new Error(`unknown scope(s) ${unknown.join(', ')}; known: ${PARTNER_SCOPES.join(', ')}`);
    if (input.scopes.length === 0) throw new Error('a key needs at least one scope');
    if (input.propertyIds.length === 0) throw new Error('a key needs at least one property (or *)');
    if (!input.name.trim()) throw new Error('a key needs a name');
    const channels = channelCodes(input.channels ?? []);
    const id = randomUUID();
    const key = `hok_${id}.${randomBytes(32).toString('base64url')}`;
    const row: ApiKeyRow = {
      id,
      name: input.name.trim(),
      keyHash: sha256(key).toString('hex'),
      scopes: [...input.scopes],
      propertyIds: [...input.propertyIds],
      channels,
      persistedOnly: input.persistedOnly ?? false,
      createdAt: new Date(),
      revokedAt: null,
    };
    await this.db.transaction((em) => em.insert(ApiKeyRow, row));
    return { key, record: toPartnerKey(row) };
  }

  async list(): Promise<PartnerKey[]> {
    const rows = await this.db.manager.find(ApiKeyRow, { order: { createdAt: 'ASC' } });
    return rows.map(toPartnerKey);
  }

  /** Sets the channels a key may send reservations for (replacing its list); throws when no key has this id. */
  async bindChannels(id: string, channels: string[]): Promise<PartnerKey> {
    const codes = channelCodes(channels);
    if (codes.length === 0) throw new Error('name at least one channel to bind (revoke a key that should act for none)');
    return this.db.transaction(async (em) => {
      const row = await em.findOne(ApiKeyRow, { where: { id }, ...this.db.forUpdate });
      if (!row) throw new Error(`no API key with id ${id}`);
      await em.update(ApiKeyRow, { id }, { channels: codes });
      return toPartnerKey({ ...row, channels: codes });
    });
  }

  /** Revokes a key (idempotent); throws when no key has this id. */
  async revoke(id: string, now = new Date()): Promise<PartnerKey> {
    return this.db.transaction(async (em) => {
      const row = await em.findOne(ApiKeyRow, { where: { id }, ...this.db.forUpdate });
      if (!row) throw new Error(`no API key with id ${id}`);
      if (!row.revokedAt) await em.update(ApiKeyRow, { id }, { revokedAt: now });
      return toPartnerKey({ ...row, revokedAt: row.revokedAt ?? now });
    });
  }

  /** The partner identity a key stands for; throws InvalidApiKeyError for a malformed, unknown or revoked key. */
  async verify(key: string): Promise<VerifiedPartner> {
    const m = KEY_FORMAT.exec(key);
    if (!m) throw new InvalidApiKeyError('API key is malformed');
    const row = await this.db.manager.findOneBy(ApiKeyRow, { id: m[1] });
    // Compare hashes in constant time, and do the work even when the id is unknown.
    const expected = row ? Buffer.from(row.keyHash, 'hex') : sha256('');
    const matches = timingSafeEqual(sha256(key), expected) && !!row;
    if (!matches) throw new InvalidApiKeyError('API key is not valid');
    if (row.revokedAt) throw new InvalidApiKeyError('API key has been revoked');
    return {
      claims: {
        kind: 'partner',
        subject: row.id,
        roles: [],
        scopes: row.scopes,
        propertyIds: row.propertyIds,
        channels: row.channels ?? [],
      },
      persistedOnly: row.persistedOnly,
    };
  }
}

/** Upper-cased, de-duplicated channel codes; throws naming any that is not a channel code. */
function channelCodes(raw: string[]): string[] {
  const codes = [...new Set(raw.map((c) => c.trim().toUpperCase()))];
  const bad = codes.filter((c) => !CHANNEL_CODE.test(c));
  if (bad.length) throw new Error(`invalid channel code(s) ${bad.join(', ')}: 2–40 letters, digits, _ or -`);
  return codes;
}

function toPartnerKey(row: ApiKeyRow): PartnerKey {
  const { keyHash: _hash, ...rest } = row;
  return rest;
}
