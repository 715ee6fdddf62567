/**
 * Hot reads kept in memory by id (room types, rooms, positions, outlets…) until the owning
 * domain's event says the entity changed — consistency without guessing a TTL. Only what the
 * database returned is kept, never an answer shaped for one caller: authorization still runs on
 * every read. A load that started before an invalidation is not stored (it may be stale).
 */
export class EntityCache<T> {
  private readonly entries = new Map<string, T>();
  /** bumped by every invalidation: a load that saw an older generation is not stored */
  private generation = 0;
  hits = 0;
  misses = 0;
  /** off until whatever invalidates it is listening; off, every read goes to `load` */
  enabled = true;

  constructor(
    readonly name: string,
    private readonly idOf: (entity: T) => string,
    private readonly maxEntries = 10_000,
  ) {}

  /** The entities of `ids` that exist (any order), loading the ones not cached with `load`. */
  async byIds(ids: readonly string[], load: (missing: string[]) => Promise<T[]>): Promise<T[]> {
    if (!this.enabled) return load([...ids]);
    const found: T[] = [];
    const missing: string[] = [];
    for (const id of new Set(ids)) {
      const hit = this.entries.get(id);
      if (hit === undefined) missing.push(id);
      else found.push(hit);
    }
    this.hits += found.length;
    if (!missing.length) return found;
    this.misses += missing.length;
    const generation = this.generation;
    const loaded = await load(missing);
    if (generation === this.generation) for (const entity of loaded) this.store(entity);
    return found.concat(loaded);
  }

  /** Drops one entity (its change event arrived). */
  invalidate(id: string): void {
    this.generation++;
    this.entries.delete(id);
  }

  clear(): void {
    this.generation++;
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private store(entity: T): void {
    // oldest first out: Map keeps insertion order
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(this.idOf(entity), entity);
  }
}
