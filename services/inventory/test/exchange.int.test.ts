import { DIALECTS, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

const EXCHANGE = 'id number status returned replaced itemId purchaseOrderId';

/*
 * Vendor exchange (换货): goods go back against the order line (RETURN_TO_VENDOR at the moving
 * average) and the replacement comes in against the same exchange (RECEIPT at the order's price).
 */
describe.each(DIALECTS)('vendor exchanges on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  let store: string;
  let wine: string;
  let poLine: string;
  let poId: string;

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await f.location({ code: 'CELLAR', name: 'Wine cellar', kind: 'STORE' })).id;
    wine = (await f.item({ name: 'House red', category: 'RETAIL', unit: 'bottle' })).id;
    const supplier = (
      await f.ok(`mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id } }`, {
        i: { propertyId: f.propertyId, code: 'VIN', name: 'Vins & Co', leadTimeDays: 3 },
      })
    ).createSupplier.id;
    await f.ok(`mutation($i: SetSupplierPriceInput!) { setSupplierPrice(input: $i) { unit } }`, {
      i: { supplierId: supplier, itemId: wine, unit: 'bottle', priceMinor: 6000, minOrderQuantity: 1 },
    });
    const po = (
      await f.ok(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { id lines { id } } }`, {
        i: { supplierId: supplier, locationId: store, lines: [{ itemId: wine, unit: 'bottle', quantity: 24 }] },
      })
    ).createPurchaseOrder;
    [poId, poLine] = [po.id, po.lines[0].id];
    await f.ok(`mutation($id: ID!) { approvePurchaseOrder(id: $id) { status } }`, { id: poId }, f.gm);
    await f.ok(`mutation($id: ID!) { sendPurchaseOrder(id: $id) { status } }`, { id: poId });
    await f.ok(`mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { id } }`, {
      i: { purchaseOrderId: poId, quality: { packagingOk: true, expiryOk: true }, lines: [{ purchaseOrderLineId: poLine, delivered: 24 }] },
    });
    // a later bottle bought dearer moves the average to 62.00 (24 × 60 + 8 × 68) / 32
    expect((await f.receive(wine, store, 8, 6800)).errors).toBeUndefined();
  });
  afterAll(() => sg?.stop());

  const start = (quantity: number) =>
    f.call(`mutation($i: StartVendorExchangeInput!) { startVendorExchange(input: $i) { ${EXCHANGE} } }`, {
      i: { purchaseOrderLineId: poLine, quantity, reason: 'Corked' },
    });
  const replace = (id: string, quantity: number) =>
    f.call(`mutation($id: ID!, $i: ReceiveReplacementInput!) { receiveExchangeReplacement(id: $id, input: $i) { ${EXCHANGE} } }`, {
      id,
      i: { quantity },
    });
  const ledger = async (documentId: string) =>
    (
      await sg.app.deps.db.manager.query(
        `SELECT kind, direction, quantity, unit_cost, value_minor FROM stock_ledger_entries WHERE document_id = '${documentId}' ORDER BY created_at, kind`,
      )
    ).map((r: Record<string, unknown>) => ({
      ...r,
      quantity: Number(r.quantity),
      unit_cost: Number(r.unit_cost),
      value_minor: Number(r.value_minor),
    }));

  it('returns against the order line at the average and receives the replacement at the order’s price, in parts', async () => {
    expect(f.reason(await start(25))).toBe('EXCHANGE.MORE_THAN_RECEIVED');
    const x = (await start(6)).data!.startVendorExchange;
    expect(x).toMatchObject({
      number: expect.stringMatching(/^EX-\d{5}$/),
      status: 'AWAITING_REPLACEMENT',
      returned: 6,
      replaced: 0,
      purchaseOrderId: poId,
    });
    expect(await f.onHand(wine, store)).toBe(26);

    expect(f.reason(await replace(x.id, 7))).toBe('EXCHANGE.OVER_REPLACED');
    expect((await replace(x.id, 4)).data!.receiveExchangeReplacement).toMatchObject({ status: 'PARTLY_REPLACED', replaced: 4 });
    expect((await replace(x.id, 2)).data!.receiveExchangeReplacement).toMatchObject({ status: 'REPLACED', replaced: 6 });
    expect(f.reason(await replace(x.id, 1))).toBe('EXCHANGE.INVALID_TRANSITION');
    expect(await f.onHand(wine, store)).toBe(32);

    // out at the 62.00 average; in at the order's 60.00
    expect(await ledger(x.id)).toEqual([
      { kind: 'RETURN_TO_VENDOR', direction: 'OUT', quantity: 6, unit_cost: 6200, value_minor: 37200 },
      { kind: 'RECEIPT', direction: 'IN', quantity: 4, unit_cost: 6000, value_minor: 24000 },
      { kind: 'RECEIPT', direction: 'IN', quantity: 2, unit_cost: 6000, value_minor: 12000 },
    ]);
    // the order's received quantity is unchanged: an exchange swaps, it does not deliver
    const po = await f.ok(`query($id: ID!) { purchaseOrder(id: $id) { lines { received } } }`, { id: poId });
    expect(po.purchaseOrder.lines).toEqual([{ received: 24 }]);
    const listed = await f.ok(`query($p: ID!, $o: ID) { vendorExchanges(propertyId: $p, purchaseOrderId: $o) { id } }`, {
      p: f.propertyId,
      o: poId,
    });
    expect(listed.vendorExchanges).toEqual([{ id: x.id }]);
  });
});
