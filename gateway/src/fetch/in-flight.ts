/**
 * Merges identical calls while the first is in flight: later callers with the same key get the
 * first call's promise. The key must name everything the answer depends on — for a subgraph
 * call the verified caller, the document and the variables — or one caller would read another's
 * answer. Nothing is kept once the call settles (this is not a cache).
 */
export class InFlight<T> {
  private readonly pending = new Map<string, Promise<T>>();
  /** calls answered by another caller's call (for metrics and tests) */
  shared = 0;

  run(key: string, call: () => Promise<T>): Promise<T> {
    const running = this.pending.get(key);
    if (running) {
      this.shared++;
      return running;
    }
    const started = call().finally(() => this.pending.delete(key));
    this.pending.set(key, started);
    return started;
  }

  get size(): number {
    return this.pending.size;
  }
}
