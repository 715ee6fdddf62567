import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per service instance so several subgraphs can share a process (embedded mode). */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly graphqlRequests: Counter<'operation' | 'outcome'>;
  readonly graphqlDuration: Histogram<'operation'>;
  readonly requestsInFlight: Gauge;
  readonly eventsPublished: Counter<'type'>;
  readonly eventsConsumed: Counter<'type' | 'outcome'>;

  constructor(service: string, { defaultMetrics = true } = {}) {
    this.registry.setDefaultLabels({ service });
    if (defaultMetrics) collectDefaultMetrics({ register: this.registry });
    this.graphqlRequests = new Counter({
      name: 'hotelops_graphql_requests_total',
      help: 'GraphQL requests by operation name and outcome',
      labelNames: ['operation', 'outcome'],
      registers: [this.registry],
    });
    this.graphqlDuration = new Histogram({
      name: 'hotelops_graphql_request_duration_seconds',
      help: 'GraphQL request duration',
      labelNames: ['operation'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [this.registry],
    });
    this.requestsInFlight = new Gauge({
      name: 'hotelops_http_requests_in_flight',
      help: 'GraphQL HTTP requests being answered (a drain waits for these)',
      registers: [this.registry],
    });
    this.eventsPublished = new Counter({
      name: 'hotelops_events_published_total',
      help: 'Outbox events published to the transport',
      labelNames: ['type'],
      registers: [this.registry],
    });
    this.eventsConsumed = new Counter({
      name: 'hotelops_events_consumed_total',
      help: 'Events handled by this service (applied, duplicate, dead-lettered)',
      labelNames: ['type', 'outcome'],
      registers: [this.registry],
    });
  }
}
