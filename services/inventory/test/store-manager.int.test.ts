import { DIALECTS, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

/*
 * The store department manager (仓库经理, 商品/盘点) does what a storekeeper does and approves
 * what a storekeeper may not: orders up to 10,000.00, count variances, damage disposal.
 */
describe.each(DIALECTS)('store-manager authority vs storekeeper on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  let store: string;
  let bin: string;
  let rice: string;
  let supplier: string;
  const manager = () => staff(['store-manager'], [f.propertyId]);

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await f.location({ code: 'DRY', name: 'Dry store', kind: 'STORE' })).id;
    bin = (await f.location({ code: 'DRY-1', name: 'Rice shelf', kind: 'BIN', parentId: store })).id;
    rice = (await f.item({ name: 'Rice', category: 'INGREDIENT', unit: 'kg' })).id;
    supplier = (
      await f.ok(`mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id } }`, {
        i: { propertyId: f.propertyId, code: 'GRN', name: 'Grain Co', leadTimeDays: 1 },
      })
    ).createSupplier.id;
    await f.ok(`mutation($i: SetSupplierPriceInput!) { setSupplierPrice(input: $i) { unit } }`, {
      i: { supplierId: supplier, itemId: rice, unit: 'kg', priceMinor: 1000, minOrderQuantity: 1 },
    });
  });
  afterAll(() => sg?.stop());

  const order = async (kg: number, who = manager()) =>
    (
      await f.ok(
        `mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { id totalMinor } }`,
        { i: { supplierId: supplier, locationId: store, lines: [{ itemId: rice, unit: 'kg', quantity: kg }] } },
        who,
      )
    ).createPurchaseOrder.id as string;
  const approve = (id: string, who: ReturnType<typeof staff>) =>
    f.call(`mutation($id: ID!) { approvePurchaseOrder(id: $id) { status } }`, { id }, who);

  it('approves orders up to 10,000.00 where the storekeeper stops at 5,000.00', async () => {
    const mid = await order(800); // 8,000.00
    expect(f.reason(await approve(mid, f.storekeeper))).toBe('PURCHASE_ORDER.OVER_APPROVAL_LIMIT');
    expect((await approve(mid, manager())).data!.approvePurchaseOrder.status).toBe('APPROVED');
    const big = await order(1500); // 15,000.00
    expect((await approve(big, manager())).errors?.[0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PURCHASE_ORDER.OVER_APPROVAL_LIMIT',
      limit: 1_000_000,
    });
    expect((await approve(big, f.gm)).data!.approvePurchaseOrder.status).toBe('APPROVED');
  });

  it('approves count variances and damage disposal, which a storekeeper may not', async () => {
    expect((await f.receive(rice, bin, 50, 1000)).errors).toBeUndefined();
    const count = await f.ok(
      `mutation($i: OpenStockCountInput!) { openStockCount(input: $i) { id } }`,
      { i: { propertyId: f.propertyId, kind: 'CYCLE', locationIds: [bin], blind: false, recountThresholdPercent: 50 } },
      manager(),
    );
    const id = count.openStockCount.id;
    await f.ok(`mutation($id: ID!, $i: RecordCountInput!) { recordStockCount(id: $id, input: $i) { status } }`, {
      id,
      i: { lines: [{ locationId: bin, itemId: rice, counted: 48 }] },
    });
    await f.ok(`mutation($id: ID!) { submitStockCount(id: $id) { status } }`, { id });
    const approveCount = (who: ReturnType<typeof staff>) =>
      f.call(`mutation($id: ID!) { approveStockCount(id: $id) { status } }`, { id }, who);
    expect(f.reason(await approveCount(f.storekeeper))).toBe('AUTH.FORBIDDEN');
    expect((await approveCount(manager())).data!.approveStockCount.status).toBe('POSTED');
    expect(await f.onHand(rice, bin)).toBe(48);

    const damage = await f.ok(`mutation($i: ReportDamageInput!) { reportDamage(input: $i) { id } }`, {
      i: { itemId: rice, locationId: bin, quantity: 3, reason: 'DAMAGE' },
    });
    const dispose = (who: ReturnType<typeof staff>) =>
      f.call(
        `mutation($id: ID!) { approveDisposal(id: $id, disposal: "Torn sacks, binned") { status } }`,
        { id: damage.reportDamage.id },
        who,
      );
    expect(f.reason(await dispose(f.storekeeper))).toBe('AUTH.FORBIDDEN');
    expect((await dispose(manager())).errors).toBeUndefined();
    expect(await f.onHand(rice, bin)).toBe(45);
  });
});
