import { randomUUID } from 'node:crypto';
import { OrderSettled } from '@hotelops/contracts';
import { EventConsumer, InProcessTransport, ServiceMetrics, createLogger, deadLetterTopic, type TransportMessage } from '@hotelops/kernel';
import { DIALECTS, TestEffect, eventMessage, openEffectDatabase, orderSettlement } from '@hotelops/testing';
import { POISON_ORDER_ID, checkedOut, effectHandlers } from './event-fixture';

describe.each(DIALECTS)('idempotent event consumer on %s', (dialect) => {
  let handle: Awaited<ReturnType<typeof openEffectDatabase>>;
  let consumer: EventConsumer;
  const dead: TransportMessage[] = [];
  const transport = new InProcessTransport();

  beforeAll(async () => {
    handle = await openEffectDatabase('consumer', dialect);
    consumer = new EventConsumer({
      db: handle.db,
      transport,
      groupId: 'hotelops.test',
      handlers: effectHandlers,
      logger: createLogger('test', 'silent'),
      metrics: new ServiceMetrics('test', { defaultMetrics: false }),
      maxAttempts: 3,
      retryBaseMs: 1,
    });
    await transport.subscribe({
      groupId: 'dlq-reader',
      topics: [deadLetterTopic(OrderSettled.topic, 'hotelops.test')],
      handle: async (m) => void dead.push(m),
    });
  });
  afterAll(() => handle.close());

  const settled = (orderId: string) =>
    eventMessage(OrderSettled, orderSettlement(orderId), { subject: orderId, propertyId: orderSettlement(orderId).propertyId });

  it('applies an event once, however often it is delivered', async () => {
    const orderId = randomUUID();
    const msg = settled(orderId);
    expect(await consumer.consume(msg)).toBe('applied');
    expect(await consumer.consume(msg)).toBe('duplicate');
    await Promise.all([consumer.consume(msg), consumer.consume(msg)]);
    expect(await handle.db.manager.countBy(TestEffect, { orderId })).toBe(1);
  });

  it('retries a failing handler, then dead-letters it with the error, and the next message still applies', async () => {
    const poison = settled(POISON_ORDER_ID);
    expect(await consumer.consume(poison)).toBe('dead-lettered');
    await transport.idle();
    const letter = dead.find((m) => m.headers.ce_id === poison.headers.ce_id)!;
    expect(letter.headers).toMatchObject({
      'dlq-error': 'cannot post to a closed folio',
      'dlq-attempts': '3',
      'dlq-original-topic': OrderSettled.topic,
    });
    expect(await handle.db.manager.countBy(TestEffect, { orderId: POISON_ORDER_ID })).toBe(0);

    const next = randomUUID();
    expect(await consumer.consume(settled(next))).toBe('applied');
    expect(await handle.db.manager.countBy(TestEffect, { orderId: next })).toBe(1);
  });

  it('dead-letters unknown versions and invalid payloads, and skips event types it does not handle', async () => {
    const v2 = settled(randomUUID());
    v2.headers.ce_type = 'hotelops.fnb.order.settled.v2';
    expect(await consumer.consume(v2)).toBe('dead-lettered');

    const invalid = settled(randomUUID());
    invalid.value = JSON.stringify({ orderId: 'not-a-uuid' });
    expect(await consumer.consume(invalid)).toBe('dead-lettered');
    await transport.idle();
    expect(dead.find((m) => m.headers.ce_id === invalid.headers.ce_id)?.headers['dlq-error']).toMatch(
      /payload violates hotelops.fnb.order.settled.v1/,
    );

    const other = checkedOut();
    expect(await consumer.consume(other)).toBe('ignored');
  });
  it('applies a batch in one go with the outcome each message would have alone, a poison event dead-lettered and the rest applied', async () => {
    const seenBefore = settled(randomUUID());
    expect(await consumer.consume(seenBefore)).toBe('applied');
    const fresh = [randomUUID(), randomUUID(), randomUUID()].map(settled);
    const poison = settled(POISON_ORDER_ID);
    const v2 = settled(randomUUID());
    v2.headers.ce_type = 'hotelops.fnb.order.settled.v2';
    const other = settled(randomUUID());
    other.headers.ce_type = 'hotelops.test.not-handled-here.v1';

    const outcomes = await consumer.consumeBatch([fresh[0], seenBefore, fresh[1], fresh[1], v2, poison, other, fresh[2]]);

    expect(outcomes).toEqual(['applied', 'duplicate', 'applied', 'duplicate', 'dead-lettered', 'dead-lettered', 'ignored', 'applied']);
    for (const msg of [...fresh, seenBefore]) {
      expect(await handle.db.manager.countBy(TestEffect, { id: msg.headers.ce_id })).toBe(1);
    }
    expect(await handle.db.manager.countBy(TestEffect, { orderId: POISON_ORDER_ID })).toBe(0);
    await transport.idle();
    expect(dead.find((m) => m.headers.ce_id === poison.headers.ce_id)?.headers['dlq-error']).toBe('cannot post to a closed folio');
    // delivered again as a whole: nothing applies twice
    expect(await consumer.consumeBatch([fresh[0], fresh[1], fresh[2]])).toEqual(['duplicate', 'duplicate', 'duplicate']);
  });
});
