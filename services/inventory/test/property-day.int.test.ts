import { randomUUID } from 'node:crypto';
import { ReservationCreated } from '@hotelops/contracts';
import { DIALECTS, deliver, eventMessage, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph, type InventoryServices } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

/**
 * Inventory's "today" is the hotel's — the zone reservations names on a new reservation — not
 * UTC's: at 20:00 UTC on 1 March 2030 it is already 2 March in Shanghai.
 */
describe.each(DIALECTS)("inventory dates by the hotel's day on %s", (dialect) => {
  let now = new Date('2030-03-01T02:00:00Z'); // 10:00 in Shanghai, 1 March everywhere
  const clock = { now: () => now };
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  const roomTypeId = randomUUID();
  const booked = (arrival: string, departure: string, timeZone?: string) => {
    const reservationId = randomUUID();
    return eventMessage(
      ReservationCreated,
      {
        reservationId,
        propertyId: f.propertyId,
        confirmationNumber: 'C-1',
        roomTypeId,
        arrival,
        departure,
        status: 'CONFIRMED',
        channel: 'PHONE',
        ...(timeZone ? { timeZone } : {}),
      },
      { subject: reservationId, propertyId: f.propertyId },
    );
  };

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect, clock });
  });
  afterAll(() => sg?.stop());

  it('learns the zone from reservations; until then its days are UTC’s, and an unknown zone name is not adopted', async () => {
    const days = (sg.app.services as InventoryServices).propertyDays;
    now = new Date('2030-03-01T20:00:00Z');
    expect(await days.today(f.propertyId)).toBe('2030-03-01');
    await deliver(sg.app.transport, booked('2030-03-01', '2030-03-02', 'Mars/Olympus'));
    expect(await days.today(f.propertyId)).toBe('2030-03-01');
    await deliver(sg.app.transport, booked('2030-03-01', '2030-03-02', 'Asia/Shanghai'));
    expect(await days.today(f.propertyId)).toBe('2030-03-02');
  });

  it('forecasts linen from the hotel’s today: the night of 1 March is over in Shanghai at 20:00 UTC', async () => {
    const towels = (await f.item({ name: 'Bath towel', category: 'LINEN' })).id;
    const linen = (await f.location({ code: 'LINEN', name: 'Linen room', kind: 'DEPARTMENT' })).id;
    await f.ok(`mutation($i: HousekeepingParInput!) { setHousekeepingPar(input: $i) { perOccupiedNight } }`, {
      i: { itemId: towels, roomTypeId, locationId: linen, perOccupiedNight: 2 },
    });
    // the two stays of the first test hold the night of 1 March; three more hold the night of 2 March
    const second = () => booked('2030-03-02', '2030-03-03');
    await deliver(sg.app.transport, second(), second(), second());
    const forecast = await f.ok(`query($p: ID!) { parForecast(propertyId: $p, days: 1) { itemId required peakNight } }`, {
      p: f.propertyId,
    });
    // UTC's today (1 March) would count that night's 2 rooms × 2 towels; Shanghai's counts 2 March's 3 rooms
    expect(forecast.parForecast).toEqual([{ itemId: towels, required: 6, peakNight: 6 }]);
  });

  it('calls a delivery expected on 1 March late when it arrives at 20:00 UTC (2 March in Shanghai)', async () => {
    now = new Date('2030-03-01T02:00:00Z');
    const store = (await f.location({ code: 'MAIN', name: 'Main store', kind: 'STORE' })).id;
    const tea = (await f.item({ name: 'Tea', unit: 'each' })).id;
    const supplier = (
      await f.ok(`mutation($i: CreateSupplierInput!) { createSupplier(input: $i) { id } }`, {
        i: { propertyId: f.propertyId, code: 'TEA', name: 'Tea Co', leadTimeDays: 0 },
      })
    ).createSupplier.id;
    await f.ok(`mutation($i: SetSupplierPriceInput!) { setSupplierPrice(input: $i) { unit } }`, {
      i: { supplierId: supplier, itemId: tea, unit: 'each', priceMinor: 100, minOrderQuantity: 1 },
    });
    const po = (
      await f.ok(`mutation($i: CreatePurchaseOrderInput!) { createPurchaseOrder(input: $i) { id lines { id } } }`, {
        i: { supplierId: supplier, locationId: store, expectedOn: '2030-03-01', lines: [{ itemId: tea, unit: 'each', quantity: 10 }] },
      })
    ).createPurchaseOrder;
    await f.ok(`mutation($id: ID!) { approvePurchaseOrder(id: $id) { status } }`, { id: po.id }, f.gm);
    await f.ok(`mutation($id: ID!) { sendPurchaseOrder(id: $id) { status } }`, { id: po.id });
    now = new Date('2030-03-01T20:00:00Z');
    const received = await f.ok(`mutation($i: ReceivePurchaseOrderInput!) { receivePurchaseOrder(input: $i) { onTime } }`, {
      i: {
        purchaseOrderId: po.id,
        quality: { packagingOk: true, expiryOk: true },
        lines: [{ purchaseOrderLineId: po.lines[0].id, delivered: 10 }],
      },
    });
    expect(received.receivePurchaseOrder.onTime).toBe(false);
  });
  it('dates a cycle count by the hotel’s day: counted at 20:00 UTC on 1 March is counted on 2 March, and due again 180 days on', async () => {
    now = new Date('2030-03-01T20:00:00Z');
    const store = (await f.location({ code: 'DRY', name: 'Dry store', kind: 'STORE' })).id;
    const bin = (await f.location({ code: 'DRY-C', name: 'Shelf C', kind: 'BIN', parentId: store })).id;
    const soap = (await f.item({ name: 'Soap' })).id; // never issued: class C, counted every 180 days
    expect((await f.receive(soap, bin, 12)).errors).toBeUndefined();
    const count = (
      await f.ok(`mutation($i: OpenStockCountInput!) { openStockCount(input: $i) { id } }`, {
        i: { propertyId: f.propertyId, kind: 'CYCLE', locationIds: [bin] },
      })
    ).openStockCount.id;
    await f.ok(`mutation($id: ID!, $i: RecordCountInput!) { recordStockCount(id: $id, input: $i) { status } }`, {
      id: count,
      i: { lines: [{ locationId: bin, itemId: soap, counted: 12 }] },
    });
    await f.ok(`mutation($id: ID!) { submitStockCount(id: $id) { status } }`, { id: count });
    await f.ok(`mutation($id: ID!) { approveStockCount(id: $id) { status } }`, { id: count }, f.gm);
    const plan = async () =>
      (
        await f.ok(`query($p: ID!) { cycleCountPlan(propertyId: $p, limit: 50) { locationId lastCountedOn dueOn } }`, { p: f.propertyId })
      ).cycleCountPlan.filter((b: { locationId: string }) => b.locationId === bin);
    // noon in Shanghai on 28 August: 180 days after 1 March (UTC's date of the count), not yet after 2 March
    now = new Date('2030-08-28T04:00:00Z');
    expect(await plan()).toEqual([]);
    now = new Date('2030-08-29T04:00:00Z');
    expect(await plan()).toEqual([{ locationId: bin, lastCountedOn: '2030-03-02', dueOn: '2030-08-29' }]);
  });
});
