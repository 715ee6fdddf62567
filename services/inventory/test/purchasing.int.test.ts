import { randomUUID } from 'node:crypto';
import { RequisitionRequested } from '@hotelops/contracts';
import { DIALECTS, deliver, eventMessage, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

const PO_FIELDS = 'id number status totalMinor lines { id itemId unit quantity factor received rejected }';

describe.each(DIALECTS)('inventory purchasing, receiving, transfers and requisitions on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  let store: string;
  let binA: string;
  let salmon: string;
  let beer: string;
  let supplier: string;

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await f.location({ code: 'MAIN', name: 'Main store', kind: 'STORE' })).id;
    binA = (await f.location({ code: 'MAIN-A', name: 'Cold room A', kind: 'BIN', parentId: store })).id;
    salmon = (await f.item({ name: 'Salmon', category: 'INGREDIENT', unit: 'kg', shelfLifeDays: 3 })).id;
    beer = (await f.item({ name: 'Beer', category: 'RETAIL', unit: 'bottle' })).id;
    await f.ok(`mutation($id: ID!, $i: ItemUnitInput!) { setItemUnit(id: $id, input: $i) { id } }`, {
      id: beer,
      i: { unit: 'case', factor: 24 },
    });
    supplier = (
      await f.ok(`mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id } }`, {
        i: { propertyId: f.propertyId, code: 'SEA', name: 'Sea & Co', leadTimeDays: 2 },
      })
    ).createSupplier.id;
    const price = (itemId: string, unit: string, priceMinor: number, minOrderQuantity: number) =>
      f.call(`mutation($i: SetSupplierPriceInput!) { setSupplierPrice(input: $i) { unit } }`, {
        i: { supplierId: supplier, itemId, unit, priceMinor, minOrderQuantity },
      });
    expect((await price(salmon, 'kg', 18000, 5)).errors).toBeUndefined();
    expect((await price(beer, 'case', 9600, 2)).errors).toBeUndefined();
    expect(f.reason(await price(beer, 'L', 100, 0))).toBe('ITEM.UNIT_MISMATCH');
  });
  afterAll(() => sg?.stop());

  const createPo = (lines: { itemId: string; unit: string; quantity: number }[], who = f.storekeeper) =>
    f.call(
      `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { ${PO_FIELDS} } }`,
      { i: { supplierId: supplier, locationId: store, expectedOn: '2999-01-01', lines } },
      who,
    );
  const receivePo = (purchaseOrderId: string, lines: Record<string, unknown>[]) =>
    f.call(
      `mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { id onTime lines { delivered deducted accepted rejected expiresOn locationId } } }`,
      {
        i: { purchaseOrderId, deliveryNote: 'DN-1', quality: { temperatureC: 2.5, packagingOk: true, expiryOk: true }, lines },
      },
    );
  const poStatus = async (id: string) => (await f.ok(`query($id: ID!) { purchaseOrder(id: $id) { ${PO_FIELDS} } }`, { id })).purchaseOrder;

  it('numbers 20 concurrently drafted orders with 20 distinct consecutive numbers (one counter row per property and prefix)', async () => {
    const before = (await f.ok(`query($p: ID!) { purchaseOrders(propertyId: $p) { number } }`, { p: f.propertyId })).purchaseOrders
      .length as number;
    const created = await Promise.all(Array.from({ length: 20 }, () => createPo([{ itemId: salmon, unit: 'kg', quantity: 5 }])));
    expect(created.filter((r) => r.errors)).toEqual([]);
    const numbers = created.map((r) => r.data!.createPurchaseOrder.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => `PO-${String(before + i + 1).padStart(5, '0')}`));
    // cancelled at once: the other tests count this property's open orders
    for (const r of created)
      await f.ok(`mutation($id: ID!) { cancelPurchaseOrder(id: $id) { status } }`, { id: r.data!.createPurchaseOrder.id });
  });

  it('drafts an order at the supplier’s prices, within minimum orders, approved within each role’s limit', async () => {
    expect(f.reason(await createPo([{ itemId: salmon, unit: 'kg', quantity: 4 }]))).toBe('PURCHASE_ORDER.BELOW_MINIMUM_ORDER');
    expect(f.reason(await createPo([{ itemId: beer, unit: 'kg', quantity: 4 }]))).toBe('SUPPLIER.NO_PRICE');
    const po = (
      await createPo([
        { itemId: salmon, unit: 'kg', quantity: 30 },
        { itemId: beer, unit: 'case', quantity: 10 },
      ])
    ).data!.createPurchaseOrder;
    // 30 kg × 180.00 + 10 cases × 96.00 = 6,360.00: above the storekeeper's 5,000.00
    expect(po).toMatchObject({ status: 'DRAFT', totalMinor: 636000 });
    expect(po.lines.find((l: { itemId: string }) => l.itemId === beer)).toMatchObject({ factor: 24 });
    const approve = (who = f.storekeeper) => f.call(`mutation($id: ID!) { approvePurchaseOrder(id: $id) { status } }`, { id: po.id }, who);
    const refused = await approve();
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'PURCHASE_ORDER.OVER_APPROVAL_LIMIT' });
    expect((await approve(f.gm)).data!.approvePurchaseOrder.status).toBe('APPROVED');
    expect(f.reason(await receivePo(po.id, [{ purchaseOrderLineId: po.lines[0].id, delivered: 1 }]))).toBe(
      'PURCHASE_ORDER.INVALID_TRANSITION',
    );
    expect((await f.ok(`mutation($id: ID!) { sendPurchaseOrder(id: $id) { status } }`, { id: po.id })).sendPurchaseOrder.status).toBe(
      'SENT',
    );

    const salmonLine = po.lines.find((l: { itemId: string }) => l.itemId === salmon).id;
    const beerLine = po.lines.find((l: { itemId: string }) => l.itemId === beer).id;
    // 11 cases = 264 bottles against 240 ordered + 5 %: refused, and the salmon line with it
    const over = await receivePo(po.id, [
      { purchaseOrderLineId: salmonLine, delivered: 31 },
      { purchaseOrderLineId: beerLine, delivered: 11 },
    ]);
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'RECEIPT.OVER_TOLERANCE', maxAcceptable: 252 });
    expect(await f.onHand(salmon, binA)).toBe(0);
    expect(f.reason(await receivePo(po.id, [{ purchaseOrderLineId: salmonLine, delivered: 5, rejected: 1 }]))).toBe(
      'RECEIPT.REASON_REQUIRED',
    );

    // Salmon: 33 kg gross − 1.5 kg ice − 0.5 kg crates = 31 kg net; 1 kg refused warm → 30 kg into bin A
    const first = await receivePo(po.id, [
      {
        purchaseOrderLineId: salmonLine,
        delivered: 33,
        deductions: [
          { kind: 'ICE', weight: 1.5 },
          { kind: 'PACKAGING', weight: 0.5 },
        ],
        rejected: 1,
        rejectReason: 'TEMPERATURE',
        binId: binA,
      },
      { purchaseOrderLineId: beerLine, delivered: 6, binId: binA },
    ]);
    expect(first.errors).toBeUndefined();
    const [sl, bl] = first.data!.receivePurchaseOrder.lines;
    expect(sl).toMatchObject({ delivered: 31, deducted: 2, accepted: 30, rejected: 1, locationId: binA });
    expect(sl.expiresOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(bl).toMatchObject({ delivered: 144, accepted: 144 });
    expect(first.data!.receivePurchaseOrder.onTime).toBe(true);
    expect((await poStatus(po.id)).status).toBe('PARTLY_RECEIVED');
    expect(await f.onHand(salmon, binA)).toBe(30);

    expect((await receivePo(po.id, [{ purchaseOrderLineId: beerLine, delivered: 4, binId: binA }])).errors).toBeUndefined();
    expect((await poStatus(po.id)).status).toBe('RECEIVED');
    expect(await f.onHand(beer, binA)).toBe(240);
    expect((await f.ok(`mutation($id: ID!) { closePurchaseOrder(id: $id) { status } }`, { id: po.id })).closePurchaseOrder.status).toBe(
      'CLOSED',
    );

    const kpis = (
      await f.ok(
        `query($p: ID!) { receivingKpis(propertyId: $p, from: "2000-01-01", to: "2999-01-01") { receipts onTimeRate rejectionRate } }`,
        {
          p: f.propertyId,
        },
      )
    ).receivingKpis;
    // delivered 31 kg + 144 + 96 bottles = 271 units, 1 rejected
    expect(kpis).toMatchObject({ receipts: 2, onTimeRate: 1 });
    expect(kpis.rejectionRate).toBeCloseTo(1 / 271, 6);
  });

  it('values every movement at the moving average and publishes the new cost', async () => {
    // 30 kg at 180.00 (the order), then 10 kg at 200.00: (30 × 18000 + 10 × 20000) / 40 = 18500
    expect((await f.receive(salmon, binA, 10, 20000)).errors).toBeUndefined();
    const item = (await f.ok(`query($id: ID!) { item(id: $id) { averageCost } }`, { id: salmon })).item;
    expect(item.averageCost).toBe(18500);
    expect((await f.issue(salmon, binA, 4)).data!.issueStock).toMatchObject({ unitCost: 18500, valueMinor: 74000 });
    const costs = (await f.payloads('hotelops.inventory.item.cost-changed.v1')).filter((p) => p.itemId === salmon);
    expect(costs.map((c) => c.unitCostMinor)).toEqual([18000, 18500]);
    const rtv = await f.call(
      `mutation($i: ReturnToVendorInput!) { returnToVendor(input: $i) { kind direction quantity valueMinor reason } }`,
      { i: { supplierId: supplier, itemId: salmon, locationId: binA, quantity: 2, reason: 'Soft flesh' } },
    );
    expect(rtv.data!.returnToVendor).toEqual({
      kind: 'RETURN_TO_VENDOR',
      direction: 'OUT',
      quantity: 2,
      valueMinor: 37000,
      reason: 'Soft flesh',
    });
    expect(await f.onHand(salmon, binA)).toBe(34);
  });

  it('edits and archives items; an archived item takes no receipts', async () => {
    const towel = await f.item({ name: 'Towel', category: 'LINEN', parLevel: 10, reorderPoint: 2 });
    const bad = await f.call(`mutation($id: ID!, $i: UpdateInventoryItemInput!) { updateItem(id: $id, input: $i) { id } }`, {
      id: towel.id,
      i: { reorderPoint: 50 },
    });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reorderPoint' });
    const edited = await f.ok(
      `mutation($id: ID!, $i: UpdateInventoryItemInput!) { updateItem(id: $id, input: $i) { parLevel reorderPoint } }`,
      {
        id: towel.id,
        i: { parLevel: 100, reorderPoint: 50 },
      },
    );
    expect(edited.updateItem).toEqual({ parLevel: 100, reorderPoint: 50 });
    await f.ok(`mutation($id: ID!) { archiveItem(id: $id) { archivedAt } }`, { id: towel.id });
    expect(f.reason(await f.receive(towel.id, store, 1))).toBe('ITEM.ARCHIVED');
    const listed = await f.ok(`query($p: ID!) { items(propertyId: $p, first: 100) { nodes { id } } }`, { p: f.propertyId });
    expect(listed.items.nodes.map((n: { id: string }) => n.id)).not.toContain(towel.id);
  });

  it('transfers in two legs with the goods in transit between', async () => {
    const hk = (await f.location({ code: 'HK', name: 'Linen room', kind: 'DEPARTMENT' })).id;
    const send = (lines: unknown, to = hk) =>
      f.call(`mutation($i: SendTransferInput!) { sendTransfer(input: $i) { id status lines { quantity received } } }`, {
        i: { fromLocationId: binA, toLocationId: to, lines },
      });
    expect(f.reason(await send([{ itemId: beer, quantity: 1 }], binA))).toBe('STOCK.SAME_LOCATION');
    expect(f.reason(await send([{ itemId: beer, quantity: 1000 }]))).toBe('STOCK.INSUFFICIENT');
    const t = (await send([{ itemId: beer, quantity: 48 }])).data!.sendTransfer;
    expect(t.status).toBe('IN_TRANSIT');
    expect([await f.onHand(beer, binA), await f.onHand(beer, hk)]).toEqual([192, 0]);
    const receive = () => f.call(`mutation($id: ID!) { receiveTransfer(id: $id) { status lines { received } } }`, { id: t.id });
    expect((await receive()).data!.receiveTransfer).toEqual({ status: 'RECEIVED', lines: [{ received: 48 }] });
    expect(f.reason(await receive())).toBe('TRANSFER.INVALID_TRANSITION');
    expect(await f.onHand(beer, hk)).toBe(48);

    // Damaged goods: reported (nothing moves), then disposed of on the general manager's approval
    const report = await f.ok(`mutation($i: ReportDamageInput!) { reportDamage(input: $i) { id status } }`, {
      i: { itemId: beer, locationId: hk, quantity: 2, reason: 'BREAKAGE' },
    });
    expect(await f.onHand(beer, hk)).toBe(48);
    const dispose = (who = f.storekeeper) =>
      f.call(`mutation($id: ID!) { approveDisposal(id: $id, disposal: "Glass bin") { status } }`, { id: report.reportDamage.id }, who);
    expect((await dispose()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await dispose(f.gm)).data!.approveDisposal.status).toBe('DISPOSED');
    expect(await f.onHand(beer, hk)).toBe(46);
  });

  it('answers F&B requisitions: accepted or rejected with a reason, picked into a transfer, delivered short', async () => {
    const outletId = randomUUID();
    const bar = (await f.location({ code: 'BAR', name: 'Bar', kind: 'OUTLET', outletId })).id;
    const requisition = (outlet: string, itemId: string) => {
      const requisitionId = randomUUID();
      const payload = {
        requisitionId,
        propertyId: f.propertyId,
        outletId: outlet,
        requestedBy: null,
        neededBy: null,
        note: null,
        lines: [{ lineId: randomUUID(), itemId, quantity: 24 }],
        requestedAt: new Date().toISOString(),
      };
      return {
        requisitionId,
        payload,
        msg: eventMessage(RequisitionRequested, payload, { subject: requisitionId, propertyId: f.propertyId }),
      };
    };
    const good = requisition(outletId, beer);
    const stray = requisition(randomUUID(), beer);
    await deliver(sg.app.transport, good.msg, stray.msg, good.msg);
    const statuses = async (id: string) =>
      (await f.payloads('hotelops.inventory.requisition.status-changed.v1')).filter((p) => p.requisitionId === id);
    expect((await statuses(good.requisitionId)).map((p) => p.status)).toEqual(['ACCEPTED']);
    expect(await statuses(stray.requisitionId)).toMatchObject([
      { status: 'REJECTED', reason: 'The outlet has no stock location in inventory' },
    ]);

    const lineId = good.payload.lines[0].lineId;
    const t = await f.ok(`mutation($i: FulfilRequisitionInput!) { fulfilRequisition(input: $i) { id status } }`, {
      i: { requisitionId: good.requisitionId, fromLocationId: binA, lines: [{ lineId, quantity: 20 }] },
    });
    expect(await f.onHand(beer, binA)).toBe(172);
    await f.ok(`mutation($id: ID!) { receiveTransfer(id: $id) { status } }`, { id: t.fulfilRequisition.id });
    expect(await f.onHand(beer, bar)).toBe(20);
    expect((await statuses(good.requisitionId)).map((p) => [p.status, p.lines[0].picked, p.lines[0].delivered])).toEqual([
      ['ACCEPTED', 0, 0],
      ['PICKED', 20, 0],
      ['SHORT', 20, 20],
    ]);
  });

  it('suggests what to reorder and drafts the orders in one step', async () => {
    const soap = await f.item({ name: 'Soap', category: 'AMENITY', parLevel: 100, reorderPoint: 20 });
    expect((await f.receive(soap.id, store, 10)).errors).toBeUndefined();
    await f.ok(`mutation($i: SetSupplierPriceInput!) { setSupplierPrice(input: $i) { unit } }`, {
      i: { supplierId: supplier, itemId: soap.id, unit: 'each', priceMinor: 70, minOrderQuantity: 0 },
    });
    const q = `query($p: ID!) { replenishmentSuggestions(propertyId: $p) { itemId onHand onOrder shortfall supplierId orderQuantity } }`;
    const s = (await f.ok(q, { p: f.propertyId })).replenishmentSuggestions.find((x: { itemId: string }) => x.itemId === soap.id);
    expect(s).toEqual({ itemId: soap.id, onHand: 10, onOrder: 0, shortfall: 90, supplierId: supplier, orderQuantity: 90 });
    const drafted = await f.ok(
      `mutation($p: ID!, $l: ID!) { draftReplenishmentOrders(propertyId: $p, locationId: $l) { status lines { itemId quantity } } }`,
      {
        p: f.propertyId,
        l: store,
      },
    );
    expect(drafted.draftReplenishmentOrders).toEqual([{ status: 'DRAFT', lines: [{ itemId: soap.id, quantity: 90 }] }]);
    // now on order: no second suggestion
    expect(
      (await f.ok(q, { p: f.propertyId })).replenishmentSuggestions.find((x: { itemId: string }) => x.itemId === soap.id),
    ).toBeUndefined();
  });
});
