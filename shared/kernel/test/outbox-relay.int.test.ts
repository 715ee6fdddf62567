import { IsNull } from 'typeorm';
import { OrderSettled } from '@hotelops/contracts';
import { InProcessTransport, Outbox, OutboxRelay, OutboxRow, ServiceMetrics, createLogger, type TransportMessage } from '@hotelops/kernel';
import { DIALECTS, eventually, openEffectDatabase, orderSettlement } from '@hotelops/testing';

describe.each(DIALECTS)('outbox relay on %s', (dialect) => {
  let handle: Awaited<ReturnType<typeof openEffectDatabase>>;
  const received: TransportMessage[] = [];
  const transport = new InProcessTransport();
  const outbox = new Outbox('fnb');

  beforeAll(async () => {
    handle = await openEffectDatabase('relay', dialect);
    await transport.subscribe({ groupId: 'reader', topics: [OrderSettled.topic], handle: async (m) => void received.push(m) });
  });
  afterAll(() => handle.close());

  const record = (orderId: string) =>
    handle.db.transaction((em) =>
      outbox.add(em, OrderSettled, orderSettlement(orderId), { subject: orderId, propertyId: orderSettlement(orderId).propertyId }),
    );
  const relay = () =>
    new OutboxRelay(handle.db, transport, createLogger('test', 'silent'), new ServiceMetrics('test', { defaultMetrics: false }), {
      pollMs: 60_000,
    });

  it('publishes a commit at once, without waiting for the next poll', async () => {
    const r = relay();
    r.start();
    await new Promise((resolve) => setTimeout(resolve, 200)); // let the start-up flush finish; the next poll is a minute away
    try {
      const id = await record('5c1d3c8e-0e63-4b8f-9d55-1e0d2b9c0001');
      await eventually(() => expect(received.map((m) => m.headers.ce_id)).toContain(id), { timeoutMs: 5_000 });
    } finally {
      await r.stop();
    }
  });

  it('publishes, in commit order, everything committed before stop() returns', async () => {
    const r = relay();
    const ids = [];
    for (let i = 2; i <= 4; i++) ids.push(await record(`5c1d3c8e-0e63-4b8f-9d55-1e0d2b9c000${i}`));
    await r.stop();
    await transport.idle();
    expect(received.map((m) => m.headers.ce_id).slice(-3)).toEqual(ids);
    expect(await handle.db.manager.countBy(OutboxRow, { publishedAt: IsNull() })).toBe(0);
  });
  it('reports itself not ready while a publish waits for brokers that do not answer, and ready once it went through', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // brokers that are away: a publish waits (as the Kafka client does while it retries) until released
    const away = new (class extends InProcessTransport {
      override async publish(messages: TransportMessage[]) {
        await gate;
        return super.publish(messages);
      }
    })();
    const r = new OutboxRelay(handle.db, away, createLogger('test', 'silent'), new ServiceMetrics('test', { defaultMetrics: false }), {
      pollMs: 60_000,
    });
    await record('5c1d3c8e-0e63-4b8f-9d55-1e0d2b9c0005');
    r.start();
    try {
      await eventually(() => expect(r.problem()).toMatch(/a publish has waited \d+ s for the brokers/), { timeoutMs: 10_000 });
      release();
      await eventually(() => expect(r.problem()).toBeUndefined());
    } finally {
      release();
      await r.stop();
    }
  });
});
