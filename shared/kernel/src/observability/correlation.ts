import { AsyncLocalStorage } from 'node:async_hooks';

/** What ties a chain of requests and events together, for the work running now. */
export interface Correlation {
  correlationId: string;
  /** the event being handled, when the work is an event handler */
  causationId?: string;
}

const scope = new AsyncLocalStorage<Correlation>();

/**
 * Runs `work` with a correlation in scope: the HTTP host sets the request's, the event consumer
 * the event's. The outbox reads it, so every event recorded by the work carries it without each
 * service passing it down by hand.
 */
export function withCorrelation<T>(correlation: Correlation, work: () => T): T {
  return scope.run(correlation, work);
}

export function currentCorrelation(): Correlation | undefined {
  return scope.getStore();
}
