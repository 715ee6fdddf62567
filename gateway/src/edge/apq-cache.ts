import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { KeyvAdapter } from '@apollo/utils.keyvadapter';
import type { RedisClient } from './redis';

/** The slice of Apollo's KeyValueCache the APQ store uses (ttl in seconds). */
export interface QueryCache {
  get(key: string): Promise<string | undefined>;
  set(key: string, value: string, options?: { ttl?: number | null }): Promise<void>;
  delete(key: string): Promise<boolean | void>;
}

/**
 * APQ in Redis, shared by the replicas, each entry expiring after Apollo's `ttl`. A Redis error
 * reads as a cache miss (the client re-sends the full query) and is reported to `onError`.
 */
export function redisQueryCache(redis: RedisClient, prefix: string, onError: (err: unknown) => void): QueryCache {
  // Keyv hands its namespace to the store, which prefixes every key with it: `<prefix>apq:apq:<sha256>`.
  const store = new KeyvRedis(redis as never, { throwOnConnectError: false });
  const keyv = new Keyv<string>({ store, namespace: `${prefix}apq`, throwOnErrors: false });
  keyv.on('error', onError);
  return new KeyvAdapter(keyv as never) as unknown as QueryCache;
}

/** Embedded mode: bounded in memory (oldest entries go first), honouring the ttl. */
export class MemoryQueryCache implements QueryCache {
  private readonly entries = new Map<string, { value: string; expiresAt: number }>();
  constructor(
    private readonly maxEntries = 10_000,
    private readonly now: () => number = Date.now,
  ) {}

  async get(key: string): Promise<string | undefined> {
    const e = this.entries.get(key);
    if (!e) return undefined;
    if (e.expiresAt <= this.now()) {
      this.entries.delete(key);
      return undefined;
    }
    return e.value;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }): Promise<void> {
    this.entries.delete(key);
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(key, { value, expiresAt: options?.ttl ? this.now() + options.ttl * 1000 : Infinity });
  }

  async delete(key: string): Promise<boolean> {
    return this.entries.delete(key);
  }
}
