import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { RedisClient } from './redis';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** ms until the caller's window resets */
  resetMs: number;
}

interface Window {
  limit: number;
  /** whole seconds, as the stores count them */
  windowMs: number;
}

/** Fixed-window request counter per caller, on rate-limiter-flexible. */
export abstract class RateLimiter {
  protected constructor(
    private readonly counter: RateLimiterAbstract,
    private readonly limit: number,
  ) {}

  async hit(callerKey: string): Promise<RateDecision> {
    const decide = (res: RateLimiterRes, allowed: boolean): RateDecision => ({
      allowed,
      limit: this.limit,
      remaining: res.remainingPoints,
      resetMs: Math.max(0, res.msBeforeNext),
    });
    try {
      return decide(await this.counter.consume(callerKey), true);
    } catch (rejection) {
      // a RateLimiterRes means "over the limit"; anything else is a store failure
      if (rejection instanceof RateLimiterRes) return decide(rejection, false);
      throw rejection;
    }
  }
}

/** Shared by every gateway replica: counted in Redis, atomically (one Lua script per hit). */
export class RedisRateLimiter extends RateLimiter {
  constructor(redis: RedisClient, opts: Window & { prefix: string }) {
    const counter = new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      keyPrefix: `${opts.prefix}ratelimit`,
      points: opts.limit,
      duration: opts.windowMs / 1000,
    });
    super(counter, opts.limit);
  }
}

/** One replica only (embedded mode): the same window in this process's memory. */
export class MemoryRateLimiter extends RateLimiter {
  constructor(opts: Window) {
    super(new RateLimiterMemory({ points: opts.limit, duration: opts.windowMs / 1000 }), opts.limit);
  }
}
