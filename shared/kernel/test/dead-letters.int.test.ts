import { randomUUID } from 'node:crypto';
import { OrderSettled } from '@hotelops/contracts';
import { DeadLetters, EventConsumer, InProcessTransport, ServiceMetrics, createLogger, on } from '@hotelops/kernel';
import { DIALECTS, TestEffect, eventMessage, openEffectDatabase, orderSettlement } from '@hotelops/testing';

/** Fails while `closed` holds the order id (a closed folio, say), applies once it is lifted. */
const closed = new Set<string>();
const handlers = [
  on(OrderSettled, async (event, em) => {
    if (closed.has(event.data.orderId)) throw new Error(`folio for order ${event.data.orderId} is closed`);
    await em.insert(TestEffect, { id: event.id, orderId: event.data.orderId });
  }),
];

describe.each(DIALECTS)('dead letters on %s', (dialect) => {
  let handle: Awaited<ReturnType<typeof openEffectDatabase>>;
  let consumer: EventConsumer;
  let letters: DeadLetters;

  beforeAll(async () => {
    handle = await openEffectDatabase('dead_letters', dialect);
    consumer = new EventConsumer({
      db: handle.db,
      transport: new InProcessTransport(),
      groupId: 'hotelops.test',
      handlers,
      logger: createLogger('test', 'silent'),
      metrics: new ServiceMetrics('test', { defaultMetrics: false }),
      maxAttempts: 2,
      retryBaseMs: 1,
    });
    letters = new DeadLetters(handle.db, consumer);
  });
  afterAll(() => handle.close());

  const settled = (orderId: string) =>
    eventMessage(OrderSettled, orderSettlement(orderId), { subject: orderId, propertyId: orderSettlement(orderId).propertyId });
  const effects = (orderId: string) => handle.db.manager.countBy(TestEffect, { orderId });

  it('keeps what failed with its error, replays it once after the fix, and a second replay changes nothing', async () => {
    const orderId = randomUUID();
    closed.add(orderId);
    const msg = settled(orderId);
    expect(await consumer.consume(msg)).toBe('dead-lettered');

    const [letter] = (await letters.list()).filter((l) => l.eventId === msg.headers.ce_id);
    expect(letter).toMatchObject({ type: OrderSettled.type, attempts: 2, error: `folio for order ${orderId} is closed`, replayedAt: null });

    closed.delete(orderId);
    expect(await letters.replay(letter.id)).toEqual({ id: letter.id, type: OrderSettled.type, outcome: 'applied' });
    expect(await letters.replay(letter.id)).toEqual({ id: letter.id, type: OrderSettled.type, outcome: 'already-replayed' });
    expect(await effects(orderId)).toBe(1);
    expect((await letters.list()).some((l) => l.id === letter.id)).toBe(false);
    expect(await letters.get(letter.id)).toMatchObject({ replayOutcome: 'applied' });
  });

  it('turns a replay of an event applied meanwhile into a no-op (the inbox), and records a repeat failure anew', async () => {
    const applied = randomUUID();
    closed.add(applied);
    const first = settled(applied);
    await consumer.consume(first);
    closed.delete(applied);
    expect(await consumer.consume(first)).toBe('applied'); // redelivered by the broker after the fix

    const still = randomUUID();
    closed.add(still);
    await consumer.consume(settled(still));

    const results = await letters.replayAll();
    expect(results.map((r) => r.outcome).sort()).toEqual(['dead-lettered', 'duplicate']);
    expect(await effects(applied)).toBe(1);
    expect(await effects(still)).toBe(0);
    const open = await letters.list();
    expect(open).toHaveLength(1);
    expect(open[0]).toMatchObject({ error: `folio for order ${still} is closed`, replayedAt: null });
  });
});
