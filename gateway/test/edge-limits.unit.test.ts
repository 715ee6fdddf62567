import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { MemoryQueryCache, MemoryRateLimiter, PersistedQueryAllowList, aliasLimit, queryCostLimit, sha256Hex } from '@hotelops/gateway';

const schema = buildSchema(`
  type Item { id: ID, tags: [String], children(first: Int): ItemConnection }
  type ItemConnection { nodes: [Item!]! }
  type Query { item: Item, items(first: Int): ItemConnection, list: [Item] }
`);
const errors = (q: string, rules: ReturnType<typeof queryCostLimit>[]) =>
  validate(schema, parse(q), [...specifiedRules, ...rules]).map((e) => e.message);

describe('query cost limit', () => {
  const cost = (max: number) => [queryCostLimit({ max })];
  it('multiplies by page size (first, default 20, 100 for a variable) and by 10 for plain lists', () => {
    // items(first: 50) 1 + 50 × (nodes 1 + id 1) = 101
    expect(errors('{ items(first: 50) { nodes { id } } }', cost(101))).toEqual([]);
    expect(errors('{ items(first: 50) { nodes { id } } }', cost(100))).toEqual(['Query cost 101 exceeds the limit of 100']);
    // default page 20: 1 + 20 × 2 = 41; variable: 1 + 100 × 2 = 201
    expect(errors('{ items { nodes { id } } }', cost(40))).toEqual(['Query cost 41 exceeds the limit of 40']);
    expect(errors('query($n: Int) { items(first: $n) { nodes { id } } }', cost(200))).toEqual(['Query cost 201 exceeds the limit of 200']);
    // list without paging: 1 + 10 × 1
    expect(errors('{ list { id } }', cost(10))).toEqual(['Query cost 11 exceeds the limit of 10']);
  });

  it('compounds nested pages and follows fragments', () => {
    // items 1 + 100 × (nodes 1 + id 1 + children 1 + 100 × (nodes 1 + id 1)) = 20 301
    const q = '{ items(first: 100) { nodes { ...F } } } fragment F on Item { id children(first: 100) { nodes { id } } }';
    expect(errors(q, cost(20_000))).toEqual(['Query cost 20301 exceeds the limit of 20000']);
  });
});

describe('alias limit', () => {
  it('counts aliased fields across the document', () => {
    const q = `{ ${Array.from({ length: 4 }, (_, i) => `a${i}: item { id }`).join(' ')} }`;
    expect(errors(q, [aliasLimit(4)])).toEqual([]);
    expect(errors(q, [aliasLimit(3)])).toEqual(['The operation uses 4 aliases; the limit is 3']);
  });
});

describe('in-memory edge (one replica)', () => {
  it('rate limiter: a fixed window per caller', async () => {
    jest.useFakeTimers({ now: 0 });
    try {
      const limiter = new MemoryRateLimiter({ limit: 2, windowMs: 1000 });
      expect((await limiter.hit('a')).allowed).toBe(true);
      expect(await limiter.hit('a')).toEqual({ allowed: true, limit: 2, remaining: 0, resetMs: 1000 });
      jest.advanceTimersByTime(400);
      expect(await limiter.hit('a')).toEqual({ allowed: false, limit: 2, remaining: 0, resetMs: 600 });
      expect((await limiter.hit('b')).allowed).toBe(true);
      jest.advanceTimersByTime(600);
      expect((await limiter.hit('a')).allowed).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  it('APQ cache: honours the ttl and stays bounded', async () => {
    let now = 0;
    const cache = new MemoryQueryCache(2, () => now);
    await cache.set('apq:1', 'q1', { ttl: 10 });
    await cache.set('apq:2', 'q2');
    await cache.set('apq:3', 'q3');
    expect(await cache.get('apq:1')).toBeUndefined(); // evicted, oldest first
    now = 11_000;
    expect(await cache.get('apq:2')).toBe('q2');
  });

  it('allow-list: verifies its manifest and answers listed hashes before the cache', async () => {
    const q = '{ __typename }';
    expect(() => PersistedQueryAllowList.fromManifest({ [sha256Hex('other')]: q })).toThrow(/does not match the SHA-256/);
    const list = PersistedQueryAllowList.fromManifest({ [sha256Hex(q)]: q });
    const cache = list.over(new MemoryQueryCache());
    expect(await cache.get(`apq:${sha256Hex(q)}`)).toBe(q);
    expect(() => list.assertAllowed(sha256Hex(q))).not.toThrow();
    expect(() => list.assertAllowed(sha256Hex('{ x }'))).toThrow('This caller may only run operations from the persisted-query allow-list');
  });
});
