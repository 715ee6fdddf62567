import { randomUUID } from 'node:crypto';
import { DepletionRecorded, NightAudited, ReservationCancelled, ReservationCreated } from '@hotelops/contracts';
import { DIALECTS, deliver, eventMessage, startSubgraph, type RunningSubgraph } from '@hotelops/testing';
import { inventorySubgraph } from '@hotelops/inventory';
import { storeFixture } from './inventory-fixture';

const COUNT =
  'id number status blind lines { locationId itemId expected counted variance recounts needsRecount } summary { binsCounted binsAccurate accuracy varianceValueMinor }';

describe.each(DIALECTS)('inventory counts, consumption and reports on %s', (dialect) => {
  let sg: RunningSubgraph;
  const f = storeFixture(() => sg);
  let store: string;
  const bins: string[] = [];

  beforeAll(async () => {
    sg = await startSubgraph(inventorySubgraph, { dialect });
    store = (await f.location({ code: 'MAIN', name: 'Main store', kind: 'STORE' })).id;
    for (let i = 0; i < 6; i++) bins.push((await f.location({ code: `B${i}`, name: `Bin ${i}`, kind: 'BIN', parentId: store })).id);
  });
  afterAll(() => sg?.stop());

  const openCount = (locationIds: string[], extra: Record<string, unknown> = {}) =>
    f.call(`mutation($i: OpenStockCountInput!) { openStockCount(input: $i) { ${COUNT} } }`, {
      i: { propertyId: f.propertyId, kind: 'CYCLE', locationIds, ...extra },
    });
  const record = (id: string, lines: unknown[]) =>
    f.call(`mutation($id: ID!, $i: RecordCountInput!) { recordStockCount(id: $id, input: $i) { status } }`, { id, i: { lines } });
  const act = (verb: 'submit' | 'approve' | 'cancel', id: string, who = f.storekeeper) =>
    f.call(`mutation($id: ID!) { ${verb}StockCount(id: $id) { ${COUNT} } }`, { id }, who);

  it('lets 100 concurrent issues against one bin take exactly what is there, never below zero', async () => {
    const cups = await f.item({ name: 'Paper cup' });
    expect((await f.receive(cups.id, bins[5], 60)).errors).toBeUndefined();
    const results = await Promise.all(Array.from({ length: 100 }, () => f.issue(cups.id, bins[5], 1)));
    expect(results.filter((r) => !r.errors)).toHaveLength(60);
    expect(new Set(results.filter((r) => r.errors).map((r) => f.reason(r)))).toEqual(new Set(['STOCK.INSUFFICIENT']));
    expect(await f.onHand(cups.id, bins[5])).toBe(0);
  });

  it('freezes only the counted bin: 50 concurrent movements elsewhere succeed, the frozen bin refuses clearly', async () => {
    const items = await Promise.all([0, 1, 2, 3, 4].map((i) => f.item({ name: `Count item ${i}` })));
    for (const [i, it] of items.entries()) expect((await f.receive(it.id, bins[i], 100)).errors).toBeUndefined();
    const [opened, ...moves] = await Promise.all([
      openCount([bins[0]]),
      ...Array.from({ length: 50 }, (_, n) =>
        n % 2 ? f.issue(items[1 + (n % 4)].id, bins[1 + (n % 4)], 1) : f.receive(items[1 + (n % 4)].id, bins[1 + (n % 4)], 1),
      ),
    ]);
    expect(opened.errors).toBeUndefined();
    expect(moves.filter((r) => r.errors)).toEqual([]);
    const frozen = await Promise.all([f.issue(items[0].id, bins[0], 1), f.receive(items[0].id, bins[0], 1)]);
    for (const r of frozen) {
      expect(r.errors?.[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STOCK.BIN_FROZEN',
        countId: opened.data!.openStockCount.id,
      });
      expect(r.errors?.[0].message).toMatch(/Bin 0 \(B0\) is frozen for a count/);
    }
    expect(f.reason(await openCount([bins[0], bins[1]]))).toBe('COUNT.BIN_ALREADY_COUNTING');
    // the refused count froze nothing: bin 1 still moves
    expect((await f.issue(items[1].id, bins[1], 1)).errors).toBeUndefined();
    await act('cancel', opened.data!.openStockCount.id);
    expect((await f.issue(items[0].id, bins[0], 1)).errors).toBeUndefined();
  });

  it('counts blind, asks for a recount over the threshold, posts the variance on approval and reports bin accuracy', async () => {
    const g = storeFixture(() => sg);
    const main = (await g.location({ code: 'M', name: 'Store', kind: 'STORE' })).id;
    const [c1, c2, c3] = [
      (await g.location({ code: 'C1', name: 'Shelf 1', kind: 'BIN', parentId: main })).id,
      (await g.location({ code: 'C2', name: 'Shelf 2', kind: 'BIN', parentId: main })).id,
      (await g.location({ code: 'C3', name: 'Shelf 3', kind: 'BIN', parentId: main })).id,
    ];
    const coke = (await g.item({ name: 'Cola', category: 'RETAIL', unit: 'can' })).id;
    const chips = (await g.item({ name: 'Chips', category: 'RETAIL', unit: 'bag' })).id;
    const soap = (await g.item({ name: 'Soap', category: 'AMENITY' })).id;
    await g.receive(coke, c1, 48, 250);
    await g.receive(chips, c2, 10, 500);
    await g.receive(soap, c3, 5, 100);
    const opened = (
      await g.call(`mutation($i: OpenStockCountInput!) { openStockCount(input: $i) { ${COUNT} } }`, {
        i: { propertyId: g.propertyId, kind: 'CYCLE', locationIds: [c1, c2, c3], blind: true, recountThresholdPercent: 5 },
      })
    ).data!.openStockCount;
    expect(opened).toMatchObject({ status: 'OPEN', blind: true });
    expect(opened.lines.map((l: { expected: number | null }) => l.expected)).toEqual([null, null, null]);
    const rec = (lines: unknown[]) =>
      g.call(`mutation($id: ID!, $i: RecordCountInput!) { recordStockCount(id: $id, input: $i) { status } }`, {
        id: opened.id,
        i: { lines },
      });
    expect(f.reason(await rec([{ locationId: bins[0], itemId: coke, counted: 1 }]))).toBe('COUNT.LINE_NOT_FOUND');
    const counted = [
      { locationId: c1, itemId: coke, counted: 45 },
      { locationId: c2, itemId: chips, counted: 11 },
      { locationId: c3, itemId: soap, counted: 5 },
    ];
    expect((await rec(counted.slice(0, 2))).errors).toBeUndefined();
    const step = (verb: string, who = g.storekeeper) =>
      g.call(`mutation($id: ID!) { ${verb}StockCount(id: $id) { ${COUNT} } }`, { id: opened.id }, who);
    expect(g.reason(await step('submit'))).toBe('COUNT.NOT_FULLY_COUNTED');
    await rec(counted.slice(2));
    const recount = (await step('submit')).data!.submitStockCount;
    // cola 3 of 48 (6.25 %) and chips 1 of 10 (10 %) are over 5 %: counted again
    expect(recount.status).toBe('RECOUNT');
    const byBin = <T extends { locationId: string }>(lines: T[]) => [c1, c2, c3].map((b) => lines.find((l) => l.locationId === b)!);
    expect(byBin(recount.lines).map((l: { needsRecount: boolean }) => l.needsRecount)).toEqual([true, true, false]);
    await rec(counted.slice(0, 2));
    const done = (await step('submit')).data!.submitStockCount;
    expect(done.status).toBe('COUNTED');
    expect(
      byBin(done.lines).map((l: { expected: number; variance: number; recounts: number }) => [l.expected, l.variance, l.recounts]),
    ).toEqual([
      [48, -3, 1],
      [10, 1, 1],
      [5, 0, 0],
    ]);
    expect(done.summary).toEqual({ binsCounted: 3, binsAccurate: 1, accuracy: 1 / 3, varianceValueMinor: -250 });
    expect(g.reason(await g.issue(coke, c1, 1))).toBe('STOCK.BIN_FROZEN');
    expect((await step('approve')).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const posted = (await step('approve', g.gm)).data!.approveStockCount;
    expect(posted.status).toBe('POSTED');
    expect(await g.onHand(coke, c1)).toBe(45);
    expect(await g.onHand(chips, c2)).toBe(11);
    const approved = (await g.payloads('hotelops.inventory.count.approved.v1')).find((p) => p.countId === opened.id);
    expect(approved).toMatchObject({
      kind: 'CYCLE',
      varianceValue: { amountMinor: -250 },
      counters: [{ employeeId: g.storekeeperId, binsCounted: 3, binsAccurate: 1 }],
    });
    expect(g.reason(await step('approve', g.gm))).toBe('COUNT.INVALID_TRANSITION');
    expect((await g.issue(coke, c1, 1)).errors).toBeUndefined(); // thawed

    // Shrinkage, worked by hand: 2 cans broken (2 × 2.50 = 5.00 explained); count lost 3 cans (7.50), found 1 bag (5.00)
    const report = await g.ok(`mutation($i: ReportDamageInput!) { reportDamage(input: $i) { id } }`, {
      i: { itemId: coke, locationId: c1, quantity: 2, reason: 'BREAKAGE' },
    });
    await g.ok(`mutation($id: ID!) { approveDisposal(id: $id, disposal: "Scrapped") { status } }`, { id: report.reportDamage.id }, g.gm);
    const shrink = await g.ok(
      `query($p: ID!) { shrinkageReport(propertyId: $p, from: "2000-01-01", to: "2999-01-01") { explained { reason valueMinor } explainedMinor unexplainedLossMinor unexplainedGainMinor unexplainedNetMinor totalMinor } }`,
      { p: g.propertyId },
    );
    expect(shrink.shrinkageReport).toEqual({
      explained: [{ reason: 'BREAKAGE', valueMinor: 500 }],
      explainedMinor: 500,
      unexplainedLossMinor: 750,
      unexplainedGainMinor: 500,
      unexplainedNetMinor: 250,
      totalMinor: 750,
    });
    // Stock value: cola 48 − 3 − 1 − 2 = 42 × 2.50 = 105.00; chips 11 × 5.00 = 55.00; soap 5 × 1.00
    const values = await g.ok(`query($p: ID!) { stockValueByCategory(propertyId: $p) { category valueMinor } }`, { p: g.propertyId });
    expect(values.stockValueByCategory).toEqual([
      { category: 'AMENITY', valueMinor: 500 },
      { category: 'RETAIL', valueMinor: 16000 },
    ]);
    const slow = await g.ok(`query($p: ID!) { slowMovers(propertyId: $p, since: "2000-01-01") { sku slow } }`, { p: g.propertyId });
    // chips and soap never left their shelves; cola was issued
    expect(slow.slowMovers.map((s: { slow: boolean }) => s.slow)).toEqual([true, true]);
  });

  it('books F&B depletion once from the outlet’s stock, keeps shortfalls, and announces the stock-out', async () => {
    const outletId = randomUUID();
    const kitchen = (await f.location({ code: 'K1', name: 'Kitchen', kind: 'OUTLET', outletId })).id;
    const flour = (await f.item({ name: 'Flour', category: 'INGREDIENT', unit: 'kg', reorderPoint: 1, parLevel: 5 })).id;
    await f.receive(flour, kitchen, 2, 600);
    const depletion = (quantity: number) => {
      const depletionId = randomUUID();
      const line = { menuItemId: randomUUID(), menuItemName: 'Noodles', quantitySold: 2, ingredients: [{ itemId: flour, quantity }] };
      return {
        depletionId,
        payload: {
          depletionId,
          propertyId: f.propertyId,
          outletId,
          sourceId: randomUUID(),
          businessDate: '2026-12-01',
          soldAt: new Date().toISOString(),
          lines: [line],
        },
      };
    };
    const d1 = depletion(0.3);
    const msg = eventMessage(DepletionRecorded, d1.payload, { subject: d1.depletionId, propertyId: f.propertyId });
    // the same event twice, and the same depletion under a new event id: booked once
    await deliver(
      sg.app.transport,
      msg,
      msg,
      eventMessage(DepletionRecorded, d1.payload, { subject: d1.depletionId, propertyId: f.propertyId }),
    );
    expect(await f.onHand(flour, kitchen)).toBe(1.7);
    const d2 = depletion(5);
    await deliver(sg.app.transport, eventMessage(DepletionRecorded, d2.payload, { subject: d2.depletionId, propertyId: f.propertyId }));
    expect(await f.onHand(flour, kitchen)).toBe(0);
    const consumptions = await f.ok(
      `query($p: ID!) { stockConsumptions(propertyId: $p, from: "2026-12-01", to: "2026-12-01") { sourceId valueMinor shortfalls { quantity reason } } }`,
      {
        p: f.propertyId,
      },
    );
    expect(
      consumptions.stockConsumptions.sort((a: { valueMinor: number }, b: { valueMinor: number }) => a.valueMinor - b.valueMinor),
    ).toEqual([
      { sourceId: d1.depletionId, valueMinor: 180, shortfalls: [] },
      { sourceId: d2.depletionId, valueMinor: 1020, shortfalls: [{ quantity: 3.3, reason: 'INSUFFICIENT' }] },
    ]);
    const recorded = (await f.payloads('hotelops.inventory.consumption.recorded.v1')).filter((p) => p.outletId === outletId);
    expect(recorded.map((p) => p.lines[0].value.amountMinor)).toEqual([180, 1020]);
    const flourSignals = (await f.outbox('hotelops.inventory.stock.ran-out.v1'))
      .map((r) => JSON.parse(r.payload))
      .filter((p) => p.itemId === flour);
    expect(flourSignals).toMatchObject([{ outletId, locationId: kitchen, onHand: 0 }]);
    expect((await f.payloads('hotelops.inventory.stock.fell-low.v1')).filter((p) => p.itemId === flour)).toHaveLength(0);

    // Housekeeping: 2 amenity kits per occupied room-night of the type, at the night audit (once)
    const roomTypeId = randomUUID();
    const kits = (await f.item({ name: 'Amenity kit', category: 'AMENITY' })).id;
    await f.receive(kits, bins[4], 500, 300);
    await f.ok(`mutation($i: HousekeepingParInput!) { setHousekeepingPar(input: $i) { perOccupiedNight } }`, {
      i: { itemId: kits, roomTypeId, locationId: bins[4], perOccupiedNight: 2 },
    });
    const audit = {
      propertyId: f.propertyId,
      businessDate: '2026-12-01',
      roomTypes: [{ roomTypeId, arrivals: 30, stayovers: 50, departures: 20 }],
      auditedAt: new Date().toISOString(),
    };
    const auditMsg = eventMessage(NightAudited, audit, { subject: f.propertyId, propertyId: f.propertyId });
    await deliver(sg.app.transport, auditMsg, eventMessage(NightAudited, audit, { subject: f.propertyId, propertyId: f.propertyId }));
    expect(await f.onHand(kits, bins[4])).toBe(340);
    const byDept = await f.ok(
      `query($p: ID!) { consumptionByDepartment(propertyId: $p, from: "2026-12-01", to: "2026-12-01") { department outletId valueMinor } }`,
      {
        p: f.propertyId,
      },
    );
    expect(byDept.consumptionByDepartment).toEqual([
      { department: 'F&B', outletId, valueMinor: 1200 },
      { department: 'HOUSEKEEPING', outletId: null, valueMinor: 48000 },
    ]);
  });

  it('refuses bad input with clear codes and applies nothing', async () => {
    const item = await f.item({ name: 'Glass' });
    expect(f.reason(await f.issue(randomUUID(), bins[1], 1))).toBe('ITEM.NOT_FOUND');
    expect(f.reason(await f.issue(item.id, randomUUID(), 1))).toBe('LOCATION.NOT_FOUND');
    expect(f.reason(await f.receive(item.id, bins[1], 0))).toBe('STOCK.INVALID_QUANTITY');
    expect(f.reason(await f.receive(item.id, bins[1], -2))).toBe('STOCK.INVALID_QUANTITY');
    const adjust = (direction: string) =>
      f.call(`mutation($i: AdjustStockInput!) { adjustStock(input: $i) { direction } }`, {
        i: { itemId: item.id, locationId: bins[1], quantity: 1, direction, reason: 'Found' },
      });
    expect((await adjust('SIDEWAYS')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((await adjust('IN')).data!.adjustStock.direction).toBe('IN');
    expect(f.reason(await openCount([randomUUID()]))).toBe('LOCATION.NOT_FOUND');
    expect((await openCount([])).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'locationIds' });
    expect(f.reason(await record(randomUUID(), [{ locationId: bins[1], itemId: item.id, counted: 1 }]))).toBe('COUNT.NOT_FOUND');
    const neg = await record(randomUUID(), [{ locationId: bins[1], itemId: item.id, counted: -1 }]);
    expect(neg.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps a fixed-asset register and counts assets with a stocktake', async () => {
    const register = (tag: string, locationId: string) =>
      f.call(`mutation($i: RegisterAssetInput!) { registerAsset(input: $i) { id tag status condition } }`, {
        i: { propertyId: f.propertyId, tag, name: `Vacuum ${tag}`, locationId, costMinor: 250000, custodianId: f.storekeeperId },
      });
    const a1 = (await register('AS-0001', bins[2])).data!.registerAsset;
    const a2 = (await register('AS-0002', bins[3])).data!.registerAsset;
    expect(f.reason(await register('AS-0001', bins[3]))).toBe('ASSET.TAG_TAKEN');
    const count = (await openCount([bins[2], bins[3]])).data!.openStockCount;
    const missing = await f.ok(`mutation($i: VerifyAssetsInput!) { verifyAssets(input: $i) { tag } }`, {
      i: { countId: count.id, tags: ['AS-0001'] },
    });
    expect(missing.verifyAssets).toEqual([{ tag: 'AS-0002' }]);
    await act('cancel', count.id);
    await f.ok(`mutation($id: ID!, $i: MoveAssetInput!) { moveAsset(id: $id, input: $i) { locationId } }`, {
      id: a2.id,
      i: { locationId: bins[1] },
    });
    await f.ok(`mutation($id: ID!) { inspectAsset(id: $id, condition: POOR, note: "Motor noisy") { condition } }`, { id: a2.id });
    const dispose = (who = f.storekeeper) =>
      f.call(`mutation($id: ID!) { disposeAsset(id: $id, reason: "Motor burnt out") { status } }`, { id: a2.id }, who);
    expect((await dispose()).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await dispose(f.gm)).data!.disposeAsset.status).toBe('DISPOSED');
    expect(f.reason(await dispose(f.gm))).toBe('ASSET.INVALID_TRANSITION');
    const register_ = await f.ok(
      `query($p: ID!) { fixedAssets(propertyId: $p) { tag status condition verifiedByCountId history { action } } }`,
      { p: f.propertyId },
    );
    expect(register_.fixedAssets).toEqual([
      { tag: 'AS-0001', status: 'IN_USE', condition: 'NEW', verifiedByCountId: count.id, history: [{ action: 'register' }] },
      {
        tag: 'AS-0002',
        status: 'DISPOSED',
        condition: 'POOR',
        verifiedByCountId: null,
        history: [{ action: 'register' }, { action: 'move' }, { action: 'inspect' }, { action: 'dispose' }],
      },
    ]);
    expect(a1.status).toBe('IN_USE');
  });

  it('drives linen par from reservations on the books and flags the shortfall', async () => {
    const roomTypeId = randomUUID();
    const towels = (await f.item({ name: 'Bath towel', category: 'LINEN' })).id;
    const linen = (await f.location({ code: 'LINEN', name: 'Linen room', kind: 'DEPARTMENT' })).id;
    await f.receive(towels, linen, 5);
    await f.ok(`mutation($i: HousekeepingParInput!) { setHousekeepingPar(input: $i) { perOccupiedNight } }`, {
      i: { itemId: towels, roomTypeId, locationId: linen, perOccupiedNight: 2 },
    });
    const stay = (arrival: string, departure: string) => ({
      reservationId: randomUUID(),
      propertyId: f.propertyId,
      confirmationNumber: 'C1',
      roomTypeId,
      arrival,
      departure,
    });
    const [a, b, c] = [stay('2030-01-01', '2030-01-04'), stay('2030-01-02', '2030-01-03'), stay('2030-01-01', '2030-01-05')];
    const created = (s: typeof a) =>
      eventMessage(
        ReservationCreated,
        { ...s, status: 'CONFIRMED', channel: 'PHONE' },
        { subject: s.reservationId, propertyId: f.propertyId },
      );
    await deliver(sg.app.transport, created(a), created(b), created(c));
    await deliver(
      sg.app.transport,
      eventMessage(
        ReservationCancelled,
        { ...c, cancelledAt: new Date().toISOString(), reason: null },
        { subject: c.reservationId, propertyId: f.propertyId },
      ),
    );
    const forecast = await f.ok(
      `query($p: ID!) { parForecast(propertyId: $p, from: "2030-01-01", days: 14) { itemId locationId required peakNight onHand shortfall short } }`,
      {
        p: f.propertyId,
      },
    );
    // nights occupied: a 3 + b 1 (c cancelled) = 4 room-nights × 2 towels = 8; busiest night (Jan 2) 2 rooms × 2
    expect(forecast.parForecast.find((x: { itemId: string }) => x.itemId === towels)).toEqual({
      itemId: towels,
      locationId: linen,
      required: 8,
      peakNight: 4,
      onHand: 5,
      shortfall: 3,
      short: true,
    });
  });

  it('plans rolling cycle counts by ABC class: the busiest never-counted bin first, just-counted bins not at all', async () => {
    const plan = await f.ok(`query($p: ID!) { cycleCountPlan(propertyId: $p, limit: 50) { locationId abcClass lastCountedOn dueOn } }`, {
      p: f.propertyId,
    });
    // the amenity kits (480.00 used at the night audit) are the property's A item
    expect(plan.cycleCountPlan[0]).toEqual({ locationId: bins[4], abcClass: 'A', lastCountedOn: null, dueOn: null });
    const count = (await openCount([bins[4]])).data!.openStockCount;
    const sheet = count.lines.map((l: { locationId: string; itemId: string }) => ({ ...l, counted: 340 }));
    await record(
      count.id,
      sheet.map(({ locationId, itemId, counted }: { locationId: string; itemId: string; counted: number }) => ({
        locationId,
        itemId,
        counted,
      })),
    );
    await act('submit', count.id);
    await act('approve', count.id, f.gm);
    const after = await f.ok(`query($p: ID!) { cycleCountPlan(propertyId: $p, limit: 50) { locationId } }`, { p: f.propertyId });
    expect(after.cycleCountPlan.map((b: { locationId: string }) => b.locationId)).not.toContain(bins[4]);
  });
});
