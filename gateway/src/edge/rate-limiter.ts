import type { RedisClient } from './redis';

export interface RateDecision {
  allowed: boolean;
  limit: number;
  remaining: number;
  /** ms until the caller's window resets */
  resetMs: number;
}

/** Fixed-window request counter per caller. */
export interface RateLimiter {
  hit(callerKey: string): Promise<RateDecision>;
}

const decide = (count: number, ttl: number, limit: number): RateDecision => ({
  allowed: count <= limit,
  limit,
  remaining: Math.max(0, limit - count),
  resetMs: Math.max(0, ttl),
});

// INCR and the window's expiry in one atomic step, so concurrent replicas can neither lose a count
// nor leave a counter without expiry (which would lock the caller out for good).
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return {n, ttl}`;

/** Shared by every gateway replica: the count lives in Redis. */
export class RedisRateLimiter implements RateLimiter {
  constructor(
    private readonly redis: RedisClient,
    private readonly opts: { limit: number; windowMs: number; prefix: string },
  ) {}

  async hit(callerKey: string): Promise<RateDecision> {
    const [count, ttl] = (await this.redis.eval(HIT_SCRIPT, {
      keys: [`${this.opts.prefix}ratelimit:${callerKey}`],
      arguments: [String(this.opts.windowMs)],
    })) as [number, number];
    return decide(Number(count), Number(ttl), this.opts.limit);
  }
}

/** One replica only (embedded mode): the same window in this process's memory. */
export class MemoryRateLimiter implements RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    private readonly opts: { limit: number; windowMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  async hit(callerKey: string): Promise<RateDecision> {
    const now = this.now();
    let w = this.windows.get(callerKey);
    if (!w || w.resetAt <= now) {
      if (this.windows.size > 100_000) this.sweep(now);
      w = { count: 0, resetAt: now + this.opts.windowMs };
      this.windows.set(callerKey, w);
    }
    w.count++;
    return decide(w.count, w.resetAt - now, this.opts.limit);
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= now) this.windows.delete(k);
  }
}
