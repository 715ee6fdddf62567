import { SpanKind, SpanStatusCode, context, propagation, trace, type Context, type Span } from '@opentelemetry/api';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { Resource } from '@opentelemetry/resources';
import { BatchSpanProcessor, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';

/*
 * OpenTelemetry for the whole platform. Everything here goes through the global API, so when no
 * provider is registered (tracing not configured) spans are no-ops and no header is written.
 * Context crosses process boundaries as W3C `traceparent`: gateway → subgraph HTTP requests, and
 * outbox row → Kafka message headers → consumer.
 */

export const TRACEPARENT_HEADER = 'traceparent';
const tracer = () => trace.getTracer('hotelops');

export interface TracingHandle {
  shutdown(): Promise<void>;
}

/**
 * Registers the process's tracer provider: spans go to the OTLP/HTTP endpoint (`…/v1/traces`), or to
 * `exporter` (tests). Returns undefined when neither is given, leaving tracing off.
 */
export function initTracing(opts: { serviceName: string; otlpEndpoint?: string; exporter?: SpanExporter }): TracingHandle | undefined {
  if (!opts.otlpEndpoint && !opts.exporter) return undefined;
  const processor = opts.exporter
    ? new SimpleSpanProcessor(opts.exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter({ url: `${opts.otlpEndpoint!.replace(/\/$/, '')}/v1/traces` }));
  const provider = new NodeTracerProvider({ resource: new Resource({ 'service.name': opts.serviceName }), spanProcessors: [processor] });
  provider.register({ propagator: new W3CTraceContextPropagator() });
  return {
    shutdown: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** The trace context carried by incoming headers (HTTP or message), or the active one. */
export function extractTraceContext(headers: Record<string, string | string[] | undefined>): Context {
  return propagation.extract(context.active(), headers, {
    get: (carrier, key) => carrier[key],
    keys: (carrier) => Object.keys(carrier),
  });
}

/** Writes the active trace context (traceparent) into `headers`; nothing when tracing is off. */
export function injectTraceContext(headers: Record<string, string>): Record<string, string> {
  propagation.inject(context.active(), headers);
  return headers;
}

/**
 * Runs `work` in a span that continues the trace of `parent` (defaults to the active context);
 * the span ends when `work` settles and records an exception that escapes it.
 */
export function withSpan<T>(
  name: string,
  opts: { kind?: 'server' | 'consumer' | 'internal'; parent?: Context; attributes?: Record<string, string> },
  work: (span: Span) => Promise<T>,
): Promise<T> {
  const kind = opts.kind === 'server' ? SpanKind.SERVER : opts.kind === 'consumer' ? SpanKind.CONSUMER : SpanKind.INTERNAL;
  return tracer().startActiveSpan(name, { kind, attributes: opts.attributes }, opts.parent ?? context.active(), async (span) => {
    try {
      return await work(span);
    } catch (err) {
      span.recordException(err as Error);
      span.setStatus({ code: SpanStatusCode.ERROR, message: (err as Error).message });
      throw err;
    } finally {
      span.end();
    }
  });
}
