import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { GraphQLError } from 'graphql';
import type { QueryCache } from './apq-cache';

export const sha256Hex = (s: string) => createHash('sha256').update(s).digest('hex');

/**
 * The persisted-query allow-list: operations reviewed and published for partners, by the SHA-256
 * of their text (the hash APQ clients send). A caller held to it may run only these; anyone may
 * run them by hash without registering them first.
 */
export class PersistedQueryAllowList {
  private constructor(private readonly byHash: ReadonlyMap<string, string>) {}

  static empty(): PersistedQueryAllowList {
    return new PersistedQueryAllowList(new Map());
  }

  /** `{ "<sha256>": "<query>" }`; every hash is checked against its query. */
  static fromManifest(manifest: Record<string, string>): PersistedQueryAllowList {
    const byHash = new Map<string, string>();
    for (const [hash, query] of Object.entries(manifest)) {
      if (sha256Hex(query) !== hash.toLowerCase()) throw new Error(`persisted query ${hash} does not match the SHA-256 of its text`);
      byHash.set(hash.toLowerCase(), query);
    }
    return new PersistedQueryAllowList(byHash);
  }

  static fromFile(path: string): PersistedQueryAllowList {
    return PersistedQueryAllowList.fromManifest(JSON.parse(readFileSync(path, 'utf8')));
  }

  get size(): number {
    return this.byHash.size;
  }

  has(hash: string): boolean {
    return this.byHash.has(hash);
  }

  get(hash: string): string | undefined {
    return this.byHash.get(hash);
  }

  /** Throws a 403 GraphQL error unless the operation (by the hash of its text) is allow-listed. */
  assertAllowed(queryHash: string | undefined): void {
    if (!queryHash || !this.byHash.has(queryHash)) {
      throw new GraphQLError('This caller may only run operations from the persisted-query allow-list', {
        extensions: { code: 'PERSISTED_QUERY_NOT_ALLOWED', http: { status: 403 } },
      });
    }
  }

  /** APQ store that answers allow-listed hashes first, so clients need not register them. */
  over(cache: QueryCache): QueryCache {
    return {
      get: async (key) => this.byHash.get(key.replace(/^apq:/, '')) ?? cache.get(key),
      set: (key, value, options) => cache.set(key, value, options),
      delete: (key) => cache.delete(key),
    };
  }
}
