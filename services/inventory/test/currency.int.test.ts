import { randomUUID } from 'node:crypto';
import { ReservationCreated } from '@hotelops/contracts';
import { DIALECTS, deliver, eventMessage, staff, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

/*
 * The property's currency: learned from reservations (which own properties) on a new
 * reservation, or set by the store manager (which then wins); valuation and orders carry it.
 */
describe.each(DIALECTS)('property currency on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  const manager = () => staff(['store-manager'], [f.propertyId]);

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
  });
  afterAll(() => sg?.stop());

  const currency = async () => (await f.ok(`query($p: ID!) { inventoryCurrency(propertyId: $p) }`, { p: f.propertyId })).inventoryCurrency;
  const reservation = (code: string) =>
    deliver(
      sg.app.transport,
      eventMessage(
        ReservationCreated,
        {
          reservationId: randomUUID(),
          propertyId: f.propertyId,
          confirmationNumber: 'C-1',
          roomTypeId: randomUUID(),
          arrival: '2031-03-01',
          departure: '2031-03-02',
          currency: code,
          status: 'CONFIRMED',
          channel: 'PHONE',
        },
        { subject: randomUUID(), propertyId: f.propertyId },
      ),
    );
  const setCurrency = (code: string, who = manager()) =>
    f.call(`mutation($p: ID!, $c: String!) { setInventoryCurrency(propertyId: $p, currency: $c) }`, { p: f.propertyId, c: code }, who);

  it('learns it from reservations, values stock and prices orders in it; a manager’s setting wins', async () => {
    expect(await currency()).toBe('CNY');
    await reservation('EUR');
    expect(await currency()).toBe('EUR');

    const store = (await f.location({ code: 'S', name: 'Store', kind: 'STORE' })).id;
    const tea = (await f.item({ name: 'Tea', category: 'AMENITY' })).id;
    await f.receive(tea, store, 10, 150);
    const value = await f.ok(
      `query($p: ID!) { stockValueByCategory(propertyId: $p) { category valueMinor currency } stockValueByLocation(propertyId: $p) { valueMinor currency } }`,
      { p: f.propertyId },
    );
    expect(value.stockValueByCategory).toEqual([{ category: 'AMENITY', valueMinor: 1500, currency: 'EUR' }]);
    expect(value.stockValueByLocation).toEqual([{ valueMinor: 1500, currency: 'EUR' }]);

    const supplier = await f.ok(`mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id currency } }`, {
      i: { propertyId: f.propertyId, code: 'TEA', name: 'Tea Co', leadTimeDays: 1 },
    });
    expect(supplier.createSupplier.currency).toBe('EUR');
    await f.ok(`mutation($i: SetSupplierPriceInput!) { setSupplierPrice(input: $i) { unit } }`, {
      i: { supplierId: supplier.createSupplier.id, itemId: tea, unit: 'each', priceMinor: 140, minOrderQuantity: 1 },
    });
    const po = await f.ok(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { totalMinor currency } }`, {
      i: { supplierId: supplier.createSupplier.id, locationId: store, lines: [{ itemId: tea, unit: 'each', quantity: 10 }] },
    });
    expect(po.createPurchaseOrder).toEqual({ totalMinor: 1400, currency: 'EUR' });

    expect(f.reason(await setCurrency('GBP', f.storekeeper))).toBe('AUTH.FORBIDDEN');
    expect((await setCurrency('gbp')).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currency' });
    expect((await setCurrency('GBP')).data!.setInventoryCurrency).toBe('GBP');
    await reservation('EUR');
    expect(await currency()).toBe('GBP');
  });
});
