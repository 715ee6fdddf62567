import DataLoader from 'dataloader';
import type { Caller } from '../identity/caller';
import type { EventMeta } from '../events/outbox';
import type { Logger } from '../observability/logger';

/** Per-request context every resolver receives. */
export class RequestContext {
  private readonly loaders = new Map<string, DataLoader<string, unknown>>();

  constructor(
    readonly caller: Caller,
    readonly requestId: string,
    readonly correlationId: string,
    readonly logger: Logger,
  ) {}

  /** Event metadata for changes made by this request. */
  get eventMeta(): EventMeta {
    return { correlationId: this.correlationId };
  }

  /** One DataLoader per name per request: batches every load of one event-loop turn into one call. */
  loader<T>(name: string, batch: (ids: readonly string[]) => Promise<(T | null)[]>): DataLoader<string, T | null> {
    let l = this.loaders.get(name);
    if (!l) {
      // Batches every load until the event loop turns, not just those of one promise tick: how
      // deep in promise chains a load happens (graphql-jit vs graphql-js, async middlewares) then
      // never splits a batch.
      l = new DataLoader<string, unknown>(batch, { maxBatchSize: 500, batchScheduleFn: (dispatch) => setImmediate(dispatch) });
      this.loaders.set(name, l);
    }
    return l as DataLoader<string, T | null>;
  }
}
