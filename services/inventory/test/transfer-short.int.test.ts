import { DIALECTS, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

const TRANSFER = 'id number status lines { itemId quantity received inTransit lost shortReason }';

/*
 * Partial transfer receipt: what arrives short stays in transit (a later receipt may bring it)
 * until the store manager writes it off as transit loss; both announced through the outbox.
 */
describe.each(DIALECTS)('transfers received short on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  let store: string;
  let floor: string;
  let towels: string;
  let soap: string;
  const manager = () => staff(['store-manager'], [f.propertyId]);

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await f.location({ code: 'MAIN', name: 'Main store', kind: 'STORE' })).id;
    floor = (await f.location({ code: 'HK-3', name: 'Floor 3 linen room', kind: 'DEPARTMENT' })).id;
    towels = (await f.item({ name: 'Bath towel', category: 'LINEN' })).id;
    soap = (await f.item({ name: 'Soap bar', category: 'AMENITY' })).id;
    expect((await f.receive(towels, store, 100, 2500)).errors).toBeUndefined();
    expect((await f.receive(soap, store, 500, 80)).errors).toBeUndefined();
  });
  afterAll(() => sg?.stop());

  const send = async (lines: { itemId: string; quantity: number }[]) =>
    (
      await f.ok(`mutation($i: SendTransferInput!) { sendTransfer(input: $i) { ${TRANSFER} } }`, {
        i: { fromLocationId: store, toLocationId: floor, lines },
      })
    ).sendTransfer as { id: string; number: string };
  const receive = (id: string, lines?: unknown[]) =>
    f.call(`mutation($id: ID!, $i: ReceiveTransferInput) { receiveTransfer(id: $id, input: $i) { ${TRANSFER} } }`, {
      id,
      i: lines ? { lines } : null,
    });
  const writeOff = (id: string, who = manager()) =>
    f.call(`mutation($id: ID!) { writeOffTransitLoss(id: $id, reason: "Lost by the laundry van") { ${TRANSFER} } }`, { id }, who);

  it('refuses a bad receipt whole: unknown line, more than in transit, short without a reason', async () => {
    const t = await send([{ itemId: towels, quantity: 10 }]);
    expect(f.reason(await receive(t.id, [{ itemId: soap, quantity: 1 }]))).toBe('TRANSFER.LINE_NOT_FOUND');
    expect(f.reason(await receive(t.id, [{ itemId: towels, quantity: 11 }]))).toBe('TRANSFER.OVER_RECEIVED');
    const noReason = await receive(t.id, [{ itemId: towels, quantity: 8 }]);
    expect(noReason.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'TRANSFER.SHORT_REASON_REQUIRED' });
    expect(await f.onHand(towels, floor)).toBe(0);
    expect((await receive(t.id)).data!.receiveTransfer.status).toBe('RECEIVED');
    expect(await f.onHand(towels, floor)).toBe(10);
  });

  it('keeps the short quantity in transit, receives it later or writes it off as transit loss on the manager’s approval', async () => {
    const t = await send([
      { itemId: towels, quantity: 20 },
      { itemId: soap, quantity: 100 },
    ]);
    const first = await receive(t.id, [
      { itemId: towels, quantity: 15, reason: 'Five missing from the cart' },
      { itemId: soap, quantity: 100 },
    ]);
    expect(first.errors).toBeUndefined();
    expect(first.data!.receiveTransfer).toMatchObject({
      status: 'PARTLY_RECEIVED',
      lines: expect.arrayContaining([
        { itemId: towels, quantity: 20, received: 15, inTransit: 5, lost: 0, shortReason: 'Five missing from the cart' },
        { itemId: soap, quantity: 100, received: 100, inTransit: 0, lost: 0, shortReason: null },
      ]),
    });
    expect([await f.onHand(towels, floor), await f.onHand(soap, floor)]).toEqual([25, 100]);
    const short = (await f.payloads('hotelops.inventory.transfer.received-short.v1')).filter((p) => p.transferId === t.id);
    expect(short).toEqual([
      expect.objectContaining({
        number: t.number,
        lines: [{ itemId: towels, sent: 20, received: 15, inTransit: 5, reason: 'Five missing from the cart' }],
      }),
    ]);

    // two turn up; the other three are lost
    const second = await receive(t.id, [{ itemId: towels, quantity: 2, reason: 'Three never found' }]);
    expect(second.data!.receiveTransfer.status).toBe('PARTLY_RECEIVED');
    expect(await f.onHand(towels, floor)).toBe(27);

    // a storekeeper may not write off shrinkage; the store manager may
    expect(f.reason(await writeOff(t.id, f.storekeeper))).toBe('AUTH.FORBIDDEN');
    const closed = await writeOff(t.id);
    expect(closed.errors).toBeUndefined();
    expect(closed.data!.writeOffTransitLoss.status).toBe('CLOSED_SHORT');
    expect(closed.data!.writeOffTransitLoss.lines).toContainEqual(
      expect.objectContaining({ itemId: towels, received: 17, inTransit: 0, lost: 3 }),
    );
    const loss = (await f.payloads('hotelops.inventory.transfer.transit-loss-written-off.v1')).filter((p) => p.transferId === t.id);
    // 3 towels at 25.00 each left the store: 75.00
    expect(loss).toEqual([
      expect.objectContaining({
        lines: [{ itemId: towels, quantity: 3, value: { amountMinor: 7500, currency: 'CNY' } }],
        value: { amountMinor: 7500, currency: 'CNY' },
        reason: 'Lost by the laundry van',
      }),
    ]);
    // the store's books: 100 − 10 − 20 towels; nothing more arrives on a closed transfer
    expect(await f.onHand(towels, store)).toBe(70);
    expect(f.reason(await receive(t.id))).toBe('TRANSFER.INVALID_TRANSITION');
    expect(f.reason(await writeOff(t.id))).toBe('TRANSFER.INVALID_TRANSITION');
  });
});
