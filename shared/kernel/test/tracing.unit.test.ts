import { InMemorySpanExporter } from '@opentelemetry/sdk-trace-base';
import { extractTraceContext, initTracing, injectTraceContext, withSpan } from '@hotelops/kernel';

describe('tracing', () => {
  it('is off unless configured: no provider, no traceparent written', async () => {
    expect(initTracing({ serviceName: 'x' })).toBeUndefined();
    await withSpan('work', {}, async () => expect(injectTraceContext({})).toEqual({}));
  });

  it('continues an incoming traceparent and writes it on for the next hop', async () => {
    const exporter = new InMemorySpanExporter();
    const tracing = initTracing({ serviceName: 'test', exporter })!;
    try {
      const incoming = '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01';
      const outgoing = await withSpan('handle', { kind: 'consumer', parent: extractTraceContext({ traceparent: incoming }) }, async () =>
        injectTraceContext({}),
      );
      expect(outgoing.traceparent).toMatch(/^00-0af7651916cd43dd8448eb211c80319c-[0-9a-f]{16}-01$/);
      const [span] = exporter.getFinishedSpans();
      expect(span.parentSpanId).toBe('b7ad6b7169203331');
      expect(outgoing.traceparent).toContain(span.spanContext().spanId);
      await expect(withSpan('fails', {}, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
      expect(exporter.getFinishedSpans()[1].status).toMatchObject({ code: 2, message: 'boom' });
    } finally {
      await tracing.shutdown();
    }
    expect(injectTraceContext({})).toEqual({});
  });
});
