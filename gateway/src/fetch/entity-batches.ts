/**
 * Apollo's query planner makes one `_entities` fetch per path: a board with `arrivals` and
 * `inHouse` aliases asks care for the cases of each list in two calls with the same selection.
 * Calls of one incoming request to the same subgraph with the same selection (the document but
 * for its operation name, and the same other variables) that start in the same turn of the event
 * loop are sent as one call with their representations concatenated; each caller gets its slice
 * of `_entities`, and the errors of its entities with their indexes moved back. Only one
 * request's calls are merged: they carry the same verified identity and request ids.
 */

export interface EntitiesAnswer {
  data?: { _entities?: unknown[] | null } | null;
  errors?: { path?: readonly (string | number)[]; [k: string]: unknown }[];
  extensions?: Record<string, unknown>;
}

interface Waiter {
  offset: number;
  count: number;
  resolve(answer: EntitiesAnswer): void;
  reject(err: unknown): void;
}

interface Batch {
  representations: unknown[];
  waiters: Waiter[];
  send(representations: unknown[]): Promise<EntitiesAnswer>;
}

/** The document without its operation name: Apollo names each fetch of a plan differently. */
export function selectionKey(query: string): string {
  return query.replace(/^\s*query\s+[_A-Za-z][_0-9A-Za-z]*/, 'query');
}

/** One caller's part of a merged answer: its entities, and the errors that name them (indexes moved back) or none. */
export function sliceAnswer(answer: EntitiesAnswer, offset: number, count: number): EntitiesAnswer {
  const entities = answer.data?._entities;
  const errors = answer.errors?.flatMap((e) => {
    const index = e.path?.[0] === '_entities' && typeof e.path[1] === 'number' ? e.path[1] : undefined;
    if (index === undefined) return [{ ...e }];
    if (index < offset || index >= offset + count) return [];
    return [{ ...e, path: ['_entities', index - offset, ...e.path!.slice(2)] }];
  });
  return {
    data: answer.data && { ...answer.data, _entities: entities ? entities.slice(offset, offset + count) : entities },
    ...(errors?.length ? { errors } : {}),
    ...(answer.extensions ? { extensions: answer.extensions } : {}),
  };
}

export class EntityBatches {
  private readonly open = new WeakMap<object, Map<string, Batch>>();
  /** calls that rode on another call of their request (for tests and the bench) */
  merged = 0;

  /**
   * Joins the call to the batch open for `request` and `key`, or opens one that `send` sends on
   * the next turn of the event loop (by then the planner has started its parallel fetches).
   */
  run(request: object, key: string, representations: unknown[], send: Batch['send']): Promise<EntitiesAnswer> {
    let byKey = this.open.get(request);
    if (!byKey) this.open.set(request, (byKey = new Map()));
    let batch = byKey.get(key);
    if (batch) this.merged++;
    else {
      const opened: Batch = (batch = { representations: [], waiters: [], send });
      byKey.set(key, opened);
      setImmediate(() => {
        byKey.delete(key);
        void this.flush(opened);
      });
    }
    const offset = batch.representations.length;
    batch.representations.push(...representations);
    const joined = batch;
    return new Promise((resolve, reject) => joined.waiters.push({ offset, count: representations.length, resolve, reject }));
  }

  private async flush({ representations, waiters, send }: Batch): Promise<void> {
    try {
      const answer = await send(representations);
      if (waiters.length === 1) waiters[0].resolve(answer);
      else for (const w of waiters) w.resolve(sliceAnswer(answer, w.offset, w.count));
    } catch (err) {
      for (const w of waiters) w.reject(err);
    }
  }
}
