import { randomBytes } from 'node:crypto';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { OutboxRow, initTracing, type TracingHandle } from '@hotelops/kernel';
import { eventually } from '@hotelops/testing';
import { hotelDate, startPlatform, type Platform } from './platform';

/**
 * One trace follows a check-out end to end: the client's traceparent → gateway → reservations
 * subgraph (HTTP traceparent) → the checked-out event's Kafka headers (written by the outbox) →
 * care's consumer, which opens the post-stay survey case.
 */
describe('tracing across the check-out flow', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: TracingHandle | undefined;
  let platform: Platform;
  let reservationId: string;
  beforeAll(async () => {
    tracing = initTracing({ serviceName: 'hotelops-e2e', exporter });
    platform = await startPlatform({ transport: 'kafka' });
    const { ok } = platform;
    const propertyId = (
      await ok(`mutation { createProperty(input: {code: "TRC", name: "Trace Hotel", timeZone: "Asia/Shanghai", currency: "CNY"}) { id } }`)
    ).createProperty.id;
    const roomTypeId = (
      await ok(
        `mutation($p: ID!) { createRoomType(input: {propertyId: $p, code: "STD", name: "Standard", capacity: 2, baseRateMinor: 40000}) { id } }`,
        { p: propertyId },
      )
    ).createRoomType.id;
    await ok(`mutation($t: ID!) { createRoom(input: {roomTypeId: $t, number: "301", floor: 3}) { id } }`, { t: roomTypeId });
    const today = hotelDate();
    const tomorrow = hotelDate(1);
    reservationId = (
      await ok(
        `mutation($t: ID!, $a: LocalDate!, $d: LocalDate!) { createReservation(input: {roomTypeId: $t, arrival: $a, departure: $d, guestName: "Lin Wei", channel: PHONE}) { id } }`,
        { t: roomTypeId, a: today, d: tomorrow },
      )
    ).createReservation.id;
    await ok(`mutation($id: ID!) { checkIn(id: $id) { id } }`, { id: reservationId });
    await ok(`mutation($r: ID!) { postFolioPayment(input: {reservationId: $r, description: "Cash", amountMinor: 40000}) { id } }`, {
      r: reservationId,
    });
  });
  afterAll(async () => {
    await platform?.stop();
    await tracing?.shutdown();
  });

  it('links gateway, subgraph, event and consumer spans into one trace', async () => {
    const traceId = randomBytes(16).toString('hex');
    const res = await fetch(platform.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${await platform.token(['general-manager'])}`,
        traceparent: `00-${traceId}-${randomBytes(8).toString('hex')}-01`,
      },
      body: JSON.stringify({ query: 'mutation($id: ID!) { checkOut(id: $id) { status } }', variables: { id: reservationId } }),
    });
    expect(await res.json()).toEqual({ data: { checkOut: { status: 'CHECKED_OUT' } } });

    // The event carries the trace in its message headers from the moment it was recorded.
    const row = await platform.subgraphs.reservations.app.deps.db.manager.findOneByOrFail(OutboxRow, {
      messageKey: reservationId,
      type: 'hotelops.reservations.reservation.checked-out.v1',
    });
    expect(row.headers.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));

    const consumed = await eventually(() => {
      const span = exporter
        .getFinishedSpans()
        // F&B consumes the check-out too (its in-house projection); this follows care's consumer.
        .find(
          (s) =>
            s.name === 'consume hotelops.reservations.reservation.checked-out.v1' &&
            s.spanContext().traceId === traceId &&
            s.attributes['hotelops.consumer-group'] === 'hotelops.care',
        );
      expect(span).toBeDefined();
      return span!;
    });
    const trace = exporter.getFinishedSpans().filter((s) => s.spanContext().traceId === traceId);
    const byId = new Map(trace.map((s) => [s.spanContext().spanId, s]));
    const service = (s: ReadableSpan) => s.attributes['hotelops.service'] ?? s.attributes['hotelops.consumer-group'];
    const ancestry = (s: ReadableSpan | undefined): string[] => {
      const out: string[] = [];
      for (let cur = s; cur; cur = cur.parentSpanId ? byId.get(cur.parentSpanId) : undefined)
        if (service(cur)) out.push(String(service(cur)));
      return out;
    };
    // consumer ← reservations' request span ← gateway's request span, all one trace
    expect(consumed.attributes['hotelops.consumer-group']).toBe('hotelops.care');
    expect(ancestry(consumed)).toEqual(['hotelops.care', 'reservations', 'gateway']);
    expect(trace.some((s) => s.name === 'gateway.fetch')).toBe(true);

    // and the consumer's work is the survey case the check-out opened
    await eventually(async () =>
      expect(
        (await platform.ok(`query($id: ID!) { reservation(id: $id) { cases { kind } } }`, { id: reservationId })).reservation.cases,
      ).toEqual([{ kind: 'SURVEY' }]),
    );
  });
});
