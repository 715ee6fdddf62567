import { randomUUID } from 'node:crypto';
import { OrderSettled } from '@hotelops/contracts';
import { InProcessTransport } from '@hotelops/kernel';
import { reservationsSubgraph } from '@hotelops/reservations';
import { DIALECTS, deliver, eventMessage, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { runDlq } from '../src/dlq/dlq-command';

/*
 * The operator's dead-letter tool against a real subgraph database: a message reservations
 * cannot read is dead-lettered by the running subgraph, then listed, shown and replayed by the
 * tool (here through its command function, as `npm run -s dlq` calls it).
 */
describe.each(DIALECTS)('dlq tool on %s', (dialect) => {
  let sg: RunningSubgraph;
  const transport = new InProcessTransport();

  beforeAll(async () => {
    sg = await startSubgraph(reservationsSubgraph, { dialect, transport });
  });
  afterAll(() => sg.stop());

  async function dlq(...argv: string[]): Promise<{ code: number; text: string }> {
    const lines: string[] = [];
    const env = {
      ...process.env,
      LOG_LEVEL: 'silent',
      DATA_DIR: sg.config.DATA_DIR,
      DATABASE_URL: sg.config.DATABASE_URL,
      IDENTITY_SECRET: sg.config.IDENTITY_SECRET,
    };
    delete env.KAFKA_BROKERS;
    const code = await runDlq(argv, env, [reservationsSubgraph], (l) => lines.push(l));
    return { code, text: lines.join('\n') };
  }

  it('lists a dead letter with its error, shows it in full, and replays it (failing again, it is kept anew)', async () => {
    const orderId = randomUUID();
    const msg = eventMessage(
      OrderSettled,
      {
        orderId,
        propertyId: randomUUID(),
        outletId: randomUUID(),
        outletName: 'Lobby Bar',
        settlement: 'DIRECT',
        reservationId: null,
        total: { amountMinor: 100, currency: 'CNY' },
        settledAt: new Date().toISOString(),
        lines: [],
      },
      { subject: orderId, propertyId: randomUUID() },
    );
    msg.value = JSON.stringify({ orderId: 'not-a-uuid' }); // poison: violates its contract
    await deliver(transport, msg);

    const listed = await dlq('list');
    expect(listed.code).toBe(0);
    expect(listed.text).toMatch(/^reservations: 1 dead letter$/m);
    expect(listed.text).toContain('payload violates hotelops.fnb.order.settled.v1');
    const id = /^ {2}([0-9a-f-]{36})\t/m.exec(listed.text)![1];

    const shown = await dlq('show', id);
    expect(JSON.parse(shown.text)).toMatchObject({ id, type: OrderSettled.type, payload: { orderId: 'not-a-uuid' }, replayedAt: null });

    const replayed = await dlq('replay', id);
    expect(replayed).toEqual({ code: 0, text: `reservations\t${id}\t${OrderSettled.type}\tdead-lettered` });
    expect((await dlq('replay', id)).text).toContain('already-replayed');

    const after = await dlq('list', '--all');
    expect(after.text).toMatch(/^reservations: 2 dead letters$/m);
    expect(after.text).toContain('replayed');
  });

  it('says what it needs when called wrongly', async () => {
    expect((await dlq('frobnicate')).code).toBe(64);
    expect((await dlq('show', randomUUID())).code).toBe(1);
    expect((await dlq('list', '--service', 'nowhere')).text).toMatch(/unknown service "nowhere"/);
  });
});
