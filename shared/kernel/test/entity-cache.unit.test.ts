import { EntityCache } from '@hotelops/kernel';

interface Row {
  id: string;
  v: number;
}

describe('EntityCache', () => {
  const db = new Map<string, Row>([
    ['a', { id: 'a', v: 1 }],
    ['b', { id: 'b', v: 1 }],
  ]);
  let loads: string[][];
  const load = async (ids: string[]) => {
    loads.push(ids);
    return ids.flatMap((id) => (db.has(id) ? [{ ...db.get(id)! }] : []));
  };
  beforeEach(() => (loads = []));

  it('loads only what it does not hold, and returns what exists', async () => {
    const cache = new EntityCache<Row>('Row', (r) => r.id);
    expect((await cache.byIds(['a', 'x'], load)).map((r) => r.id)).toEqual(['a']);
    expect((await cache.byIds(['a', 'b'], load)).map((r) => r.id).sort()).toEqual(['a', 'b']);
    expect(loads).toEqual([['a', 'x'], ['b']]);
    expect(cache.hits).toBe(1);
  });

  it('reads again after an invalidation', async () => {
    const cache = new EntityCache<Row>('Row', (r) => r.id);
    await cache.byIds(['a'], load);
    db.set('a', { id: 'a', v: 2 });
    cache.invalidate('a');
    expect((await cache.byIds(['a'], load))[0].v).toBe(2);
  });

  it('does not keep a load that an invalidation overtook', async () => {
    const cache = new EntityCache<Row>('Row', (r) => r.id);
    let release!: () => void;
    const slow = (ids: string[]) => new Promise<Row[]>((r) => (release = () => r(ids.map((id) => ({ id, v: 0 })))));
    const pending = cache.byIds(['a'], slow);
    cache.invalidate('a');
    release();
    await pending;
    expect(cache.size).toBe(0);
  });

  it('holds at most maxEntries, dropping the oldest', async () => {
    const cache = new EntityCache<Row>('Row', (r) => r.id, 1);
    await cache.byIds(['a'], load);
    await cache.byIds(['b'], load);
    expect(cache.size).toBe(1);
    await cache.byIds(['a'], load);
    expect(loads).toEqual([['a'], ['b'], ['a']]);
  });

  it('reads through while disabled', async () => {
    const cache = new EntityCache<Row>('Row', (r) => r.id);
    cache.enabled = false;
    await cache.byIds(['a'], load);
    await cache.byIds(['a'], load);
    expect(loads).toHaveLength(2);
    expect(cache.size).toBe(0);
  });
});
