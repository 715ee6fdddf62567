import { randomUUID } from 'node:crypto';
import { OrderSettled, ReservationCheckedOut } from '@hotelops/contracts';
import { EventConsumer, InProcessTransport, ServiceMetrics, createLogger, on, onBatch } from '@hotelops/kernel';
import { DIALECTS, TestEffect, eventMessage, openEffectDatabase, orderSettlement } from '@hotelops/testing';
import { POISON_ORDER_ID, checkedOut } from './event-fixture';

/** A batch handler (`onBatch`): one call per run of its events in a chunk, the per-event guarantees kept. */
describe.each(DIALECTS)('batch event handler on %s', (dialect) => {
  let handle: Awaited<ReturnType<typeof openEffectDatabase>>;
  let consumer: EventConsumer;
  /** the order ids each call of the batch handler was given */
  const calls: string[][] = [];
  /** the order, across types, in which effects were written */
  const written: string[] = [];

  beforeAll(async () => {
    handle = await openEffectDatabase('batchhandler', dialect);
    consumer = new EventConsumer({
      db: handle.db,
      transport: new InProcessTransport(),
      groupId: 'hotelops.batch-test',
      handlers: [
        onBatch(OrderSettled, async (events, em) => {
          calls.push(events.map((e) => e.data.orderId));
          if (events.some((e) => e.data.orderId === POISON_ORDER_ID)) throw new Error('cannot post to a closed folio');
          await em.insert(
            TestEffect,
            events.map((e) => ({ id: e.id, orderId: e.data.orderId })),
          );
          written.push(...events.map((e) => e.data.orderId));
        }),
        on(ReservationCheckedOut, async (event, em) => {
          await em.insert(TestEffect, { id: event.id, orderId: event.data.reservationId });
          written.push(event.data.reservationId);
        }),
      ],
      logger: createLogger('test', 'silent'),
      metrics: new ServiceMetrics('test', { defaultMetrics: false }),
      maxAttempts: 2,
      retryBaseMs: 1,
    });
  });
  afterAll(() => handle.close());
  beforeEach(() => {
    calls.length = 0;
    written.length = 0;
  });

  const settled = (orderId: string) =>
    eventMessage(OrderSettled, orderSettlement(orderId), { subject: orderId, propertyId: orderSettlement(orderId).propertyId });
  it('gives a run of fresh events to one call, skips duplicates, and keeps the order across types', async () => {
    const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const seen = settled(randomUUID());
    expect(await consumer.consume(seen)).toBe('applied');
    calls.length = 0;
    written.length = 0;
    const out = randomUUID();

    const outcomes = await consumer.consumeBatch([settled(a), seen, settled(b), checkedOut(out), settled(c), settled(d)]);

    expect(outcomes).toEqual(['applied', 'duplicate', 'applied', 'applied', 'applied', 'applied']);
    expect(calls).toEqual([
      [a, b],
      [c, d],
    ]);
    expect(written).toEqual([a, b, out, c, d]);
    expect(await handle.db.manager.countBy(TestEffect, { orderId: a })).toBe(1);
  });

  it('applies a failing run one event at a time: the poison event is dead-lettered, its neighbours applied once', async () => {
    const [a, b] = [randomUUID(), randomUUID()];

    const outcomes = await consumer.consumeBatch([settled(a), settled(POISON_ORDER_ID), settled(b)]);

    expect(outcomes).toEqual(['applied', 'dead-lettered', 'applied']);
    expect(calls).toEqual([[a, POISON_ORDER_ID, b], [a], [POISON_ORDER_ID], [POISON_ORDER_ID], [b]]);
    for (const id of [a, b]) expect(await handle.db.manager.countBy(TestEffect, { orderId: id })).toBe(1);
    expect(await handle.db.manager.countBy(TestEffect, { orderId: POISON_ORDER_ID })).toBe(0);
  });
});
