import type { EntityManager } from 'typeorm';

type Reads<T extends readonly unknown[]> = { [K in keyof T]: () => Promise<T[K]> };

/**
 * Runs independent reads side by side when `em` draws pooled connections, one after another when
 * it is a transaction's (one connection: pg would queue them anyway, and warns that it will stop).
 * A read's time is mostly a round trip, so side by side is what makes a search fast.
 */
export function independentReads<T extends readonly unknown[]>(em: EntityManager, ...reads: Reads<T>): Promise<T> {
  if (!em.queryRunner) return Promise.all(reads.map((read) => read())) as Promise<unknown> as Promise<T>;
  return (async () => {
    const results: unknown[] = [];
    for (const read of reads) results.push(await read());
    return results as unknown as T;
  })();
}
