import {
  ConsumptionRecorded,
  DepletionRecorded,
  FolioPosted,
  ItemCostChanged,
  RequisitionStatusChanged,
  ReservationCheckedOut,
  StockRanOut,
  StockReplenished,
} from '@hotelops/contracts';
import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, deliver, eventMessage, gql, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import { PROPERTY, cashier, checkIn, fnbManager, m, openRestaurant, server, startFnb, type Outlet } from './fnb-fixture';

const FLOUR = '9f000000-0000-4000-8000-000000000001';
const PORK = '9f000000-0000-4000-8000-000000000002';
const CHILI = '9f000000-0000-4000-8000-000000000003';
const FISH = '9f000000-0000-4000-8000-000000000004';
const STAY = '1a2b3c4d-0000-4000-8000-0000000000d1';
const BLOCK = '5b5b5b5b-0000-4000-8000-000000000001';

const level = (outletId: string | null, itemId: string, onHand: number) => ({
  propertyId: PROPERTY,
  itemId,
  sku: 'SKU-1',
  itemName: itemId === PORK ? 'Minced pork' : 'Flour',
  locationId: '8e000000-0000-4000-8000-000000000001',
  outletId,
  onHand,
  unit: 'kg',
  reorderPoint: 2,
  at: new Date().toISOString(),
});

/** What F&B learns from inventory and reservations, and what it tells them: recipes, depletion, stock-outs, costs, requisitions, banquets. */
describe.each(DIALECTS)('fnb back office on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  let date: string;
  const publish = (...msgs: Parameters<typeof deliver>[1][]) => deliver(sg.app.transport, ...msgs);
  const noodlesAvailable = async () =>
    (
      await gqlOk(sg.url, `query($o: ID!) { menu(outletId: $o, category: "Mains") { id available onSale outOfStock } }`, { o: r.id })
    ).menu.find((i: { id: string }) => i.id === r.item.noodles);

  beforeAll(async () => {
    sg = await startFnb(dialect);
    r = await openRestaurant(sg);
    date = (await m(sg, `query($o: ID!) { outlet(id: $o) { businessDate } }`, { o: r.id })).outlet.businessDate;
    const recipe = (targetId: string, lines: { inventoryItemId: string; quantity: number; unit: string }[], effectiveFrom = '2020-01-01') =>
      m(sg, `mutation($i: RecipeInput!) { setRecipe(input: $i) { version } }`, { i: { targetId, effectiveFrom, lines } });
    await recipe(r.item.noodles, [
      { inventoryItemId: FLOUR, quantity: 0.15, unit: 'kg' },
      { inventoryItemId: PORK, quantity: 0.08, unit: 'kg' },
    ]);
    await recipe(r.modifier.Hot, [{ inventoryItemId: CHILI, quantity: 0.01, unit: 'kg' }]);
    await recipe(r.item.fish, [{ inventoryItemId: FISH, quantity: 0.5, unit: 'kg' }]);
  });
  afterAll(() => sg?.stop());

  it('versions recipes by date and refuses a recipe for something that is not on a menu', async () => {
    const v2 = await m(sg, `mutation($i: RecipeInput!) { setRecipe(input: $i) { version effectiveFrom } }`, {
      i: { targetId: r.item.fish, effectiveFrom: '2099-01-01', lines: [{ inventoryItemId: FISH, quantity: 0.6, unit: 'kg' }] },
    });
    expect(v2.setRecipe).toEqual({ version: 2, effectiveFrom: '2099-01-01' });
    const fish = (
      await gqlOk(sg.url, `query($o: ID!) { menu(outletId: $o, category: "Mains") { id recipe { inventoryItemId quantity } } }`, {
        o: r.id,
      })
    ).menu.find((i: { id: string }) => i.id === r.item.fish);
    expect(fish.recipe).toEqual([{ inventoryItemId: FISH, quantity: 0.5 }]);
    const stray = await gql(
      sg.url,
      `mutation($i: RecipeInput!) { setRecipe(input: $i) { id } }`,
      {
        i: { targetId: FISH, effectiveFrom: '2020-01-01', lines: [{ inventoryItemId: FLOUR, quantity: 1, unit: 'kg' }] },
      },
      fnbManager(),
    );
    expect(stray.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'RECIPE.TARGET_INVALID' });
    const zero = await gql(
      sg.url,
      `mutation($i: RecipeInput!) { setRecipe(input: $i) { id } }`,
      {
        i: { targetId: r.item.fish, effectiveFrom: '2020-01-01', lines: [{ inventoryItemId: FLOUR, quantity: 0, unit: 'kg' }] },
      },
      fnbManager(),
    );
    expect(zero.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('switches an item off when inventory reports an ingredient out at the outlet, and back on when replenished', async () => {
    const ranOut = eventMessage(StockRanOut, level(r.id, PORK, 0), { subject: PORK, propertyId: PROPERTY });
    await publish(ranOut, ranOut);
    await publish(eventMessage(StockRanOut, level(null, FLOUR, 0), { subject: FLOUR, propertyId: PROPERTY }));
    expect(await noodlesAvailable()).toMatchObject({ available: false, onSale: true, outOfStock: ['Minced pork'] });
    const refused = await gql(
      sg.url,
      `mutation($i: OpenOrderInput!) { openOrder(input: $i) { id } }`,
      {
        i: { outletId: r.id, lines: [{ menuItemId: r.item.noodles, modifierIds: [r.modifier.Hot] }] },
      },
      server(),
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Dan Dan Noodles is not available at Jade Garden right now (out of Minced pork)',
      extensions: { reason: 'MENU_ITEM.UNAVAILABLE' },
    });
    await publish(eventMessage(StockReplenished, level(r.id, PORK, 5), { subject: PORK, propertyId: PROPERTY }));
    expect(await noodlesAvailable()).toMatchObject({ available: true, outOfStock: [] });
  });

  it('depletes settled lines through their recipes and lists what sold without one', async () => {
    await gqlOk(sg.url, `mutation($o: ID!) { openTill(outletId: $o, floatMinor: 0) { id } }`, { o: r.id }, cashier());
    const o = (
      await gqlOk(
        sg.url,
        `mutation($i: OpenOrderInput!) { openOrder(input: $i) { id lines { id } } }`,
        {
          i: {
            outletId: r.id,
            lines: [
              { menuItemId: r.item.noodles, quantity: 2, modifierIds: [r.modifier.Hot, r.modifier.Egg] },
              { menuItemId: r.item.tea, quantity: 3 },
              { menuItemId: r.item.fish, quantity: 1 },
            ],
          },
        },
        server(),
      )
    ).openOrder;
    await gqlOk(sg.url, `mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id: o.id }, server());
    const [b] = (
      await gqlOk(
        sg.url,
        `mutation($id: ID!) { createBills(orderId: $id, split: {mode: SINGLE}) { id total { amountMinor } } }`,
        { id: o.id },
        server(),
      )
    ).createBills;
    await gqlOk(
      sg.url,
      `mutation($id: ID!, $a: Int!) { settleBill(id: $id, tenders: [{method: CARD, amountMinor: $a}]) { id } }`,
      { id: b.id, a: b.total.amountMinor },
      cashier(),
    );
    const [depletion] = await sg.app.deps.db.manager.findBy(OutboxRow, { type: DepletionRecorded.type, messageKey: o.id });
    const payload = JSON.parse(depletion.payload);
    expect(payload).toMatchObject({ outletId: r.id, sourceId: o.id, businessDate: date });
    // 2 noodles: flour 0.15 × 2, pork 0.08 × 2, chili (the Hot modifier) 0.01 × 2; the Egg has no recipe of its own.
    expect(payload.lines).toEqual([
      {
        menuItemId: r.item.noodles,
        menuItemName: 'Dan Dan Noodles',
        quantitySold: 2,
        ingredients: [
          { itemId: FLOUR, quantity: 0.3 },
          { itemId: PORK, quantity: 0.16 },
          { itemId: CHILI, quantity: 0.02 },
        ],
      },
      { menuItemId: r.item.fish, menuItemName: 'West Lake Fish', quantitySold: 1, ingredients: [{ itemId: FISH, quantity: 0.5 }] },
    ]);
    const unmapped = await m(
      sg,
      `query($o: ID!, $d: LocalDate!) { unmappedSales(outletId: $o, from: $d, to: $d) { targetId name quantity lines } }`,
      { o: r.id, d: date },
    );
    expect(unmapped.unmappedSales).toEqual([{ targetId: r.item.tea, name: 'Longjing Tea', quantity: 3, lines: 1 }]);
  });

  it('costs portions from inventory’s unit costs and sets theoretical against actual food cost', async () => {
    const cost = (itemId: string, unitCostMinor: number, changedAt = new Date().toISOString()) =>
      eventMessage(
        ItemCostChanged,
        { propertyId: PROPERTY, itemId, sku: 'S', unit: 'kg', unitCostMinor, currency: 'CNY', changedAt },
        { subject: itemId, propertyId: PROPERTY },
      );
    await publish(cost(FLOUR, 600), cost(PORK, 3000), cost(CHILI, 4000), cost(FISH, 8000), cost(FISH, 1, '2000-01-01T00:00:00Z'));
    const noodles = (
      await gqlOk(sg.url, `query($o: ID!) { menu(outletId: $o, category: "Mains") { id theoreticalCost { amountMinor } } }`, { o: r.id })
    ).menu.find((i: { id: string }) => i.id === r.item.noodles);
    // 0.15 kg × 600 + 0.08 kg × 3,000 = 90 + 240 = 330 per portion.
    expect(noodles.theoreticalCost).toEqual({ amountMinor: 330 });
    await publish(
      eventMessage(
        ConsumptionRecorded,
        {
          consumptionId: '7c000000-0000-4000-8000-000000000001',
          propertyId: PROPERTY,
          locationId: '8e000000-0000-4000-8000-000000000001',
          outletId: r.id,
          departmentId: null,
          businessDate: date,
          source: 'FNB_DEPLETION',
          sourceId: 'x',
          lines: [
            { itemId: FLOUR, quantity: 0.3, value: { amountMinor: 180, currency: 'CNY' } },
            { itemId: FISH, quantity: 0.6, value: { amountMinor: 4800, currency: 'CNY' } },
          ],
          recordedAt: new Date().toISOString(),
        },
        { subject: r.id, propertyId: PROPERTY },
      ),
    );
    const fc = await m(
      sg,
      `query($o: ID!, $d: LocalDate!) { foodCost(outletId: $o, from: $d, to: $d) { theoretical { amountMinor } actual { amountMinor } variance { amountMinor } uncostedPortions } }`,
      { o: r.id, d: date },
    );
    // Theoretical: 2 noodles × 330 + 1 fish × 0.5 × 8,000 = 660 + 4,000 = 4,660; tea has no recipe (3 portions uncosted).
    expect(fc.foodCost).toEqual({
      theoretical: { amountMinor: 4660 },
      actual: { amountMinor: 4980 },
      variance: { amountMinor: 320 },
      uncostedPortions: 3,
    });
  });

  it('asks the store for supplies and follows the requisition from inventory’s events', async () => {
    const req = (
      await m(
        sg,
        `mutation($i: RequestSuppliesInput!) { requestSupplies(input: $i) { id status lines { id inventoryItemId quantity } } }`,
        {
          i: {
            outletId: r.id,
            note: '提货单 for the weekend',
            lines: [
              { inventoryItemId: FLOUR, quantity: 10 },
              { inventoryItemId: PORK, quantity: 4 },
            ],
          },
        },
      )
    ).requestSupplies;
    expect(req.status).toBe('REQUESTED');
    const [event] = await sg.app.deps.db.manager.findBy(OutboxRow, { messageKey: req.id });
    expect(JSON.parse(event.payload)).toMatchObject({
      requisitionId: req.id,
      lines: [
        { itemId: FLOUR, quantity: 10 },
        { itemId: PORK, quantity: 4 },
      ],
    });
    const [flour, pork] = req.lines;
    await publish(
      eventMessage(
        RequisitionStatusChanged,
        {
          requisitionId: req.id,
          propertyId: PROPERTY,
          outletId: r.id,
          status: 'SHORT',
          lines: [
            { lineId: flour.id, itemId: FLOUR, requested: 10, picked: 10, delivered: 10 },
            { lineId: pork.id, itemId: PORK, requested: 4, picked: 2.5, delivered: 2.5 },
          ],
          reason: 'Only 2.5 kg of pork in the store',
          changedAt: new Date().toISOString(),
        },
        { subject: req.id, propertyId: PROPERTY },
      ),
    );
    const [after] = (
      await gqlOk(sg.url, `query($o: ID!) { supplyRequisitions(outletId: $o) { status statusReason lines { delivered } } }`, { o: r.id })
    ).supplyRequisitions;
    expect(after).toEqual({
      status: 'SHORT',
      statusReason: 'Only 2.5 kg of pork in the store',
      lines: expect.arrayContaining([{ delivered: 10 }, { delivered: 2.5 }]),
    });
  });

  it('settles a banquet to its group block and follows the posting', async () => {
    const b = (
      await m(sg, `mutation($i: CreateBanquetInput!) { createBanquet(input: $i) { id status groupBlock { id } } }`, {
        i: {
          outletId: r.id,
          groupBlockId: BLOCK,
          name: 'Zhang–Li wedding 婚宴',
          eventDate: '2026-10-01',
          roomName: 'Peony Hall',
          covers: 120,
          menu: 'Ten-course wedding menu',
          setPriceMinor: 68800,
          depositMinor: 2_000_000,
        },
      })
    ).createBanquet;
    expect(b).toMatchObject({ status: 'TENTATIVE', groupBlock: { id: BLOCK } });
    const early = await gql(sg.url, `mutation($id: ID!) { settleBanquet(id: $id) { id } }`, { id: b.id }, fnbManager());
    expect(early.errors?.[0].extensions).toMatchObject({ reason: 'BANQUET.INVALID_TRANSITION', status: 'TENTATIVE' });
    await m(sg, `mutation($id: ID!) { confirmBanquet(id: $id) { status } }`, { id: b.id });
    // 120 covers × 688.00 = 82,560.00, less a 20,000.00 deposit = 62,560.00 to the group.
    const settled = (await m(sg, `mutation($id: ID!) { settleBanquet(id: $id) { status chargedMinor postingStatus } }`, { id: b.id }))
      .settleBanquet;
    expect(settled).toEqual({ status: 'SETTLED', chargedMinor: 6_256_000, postingStatus: 'SENT' });
    const [event] = await sg.app.deps.db.manager.findBy(OutboxRow, { messageKey: b.id });
    expect(JSON.parse(event.payload)).toMatchObject({
      banquetId: b.id,
      groupBlockId: BLOCK,
      amount: { amountMinor: 6_256_000, currency: 'CNY' },
    });
    await publish(
      eventMessage(
        FolioPosted,
        {
          propertyId: PROPERTY,
          reservationId: null,
          sourceRef: `fnb-banquet:${b.id}`,
          amount: { amountMinor: 6_256_000, currency: 'CNY' },
          folioId: null,
          groupBlockId: BLOCK,
          lineId: BLOCK,
          kind: 'CHARGE',
          postStay: false,
          postedAt: new Date().toISOString(),
        },
        { subject: b.id, propertyId: PROPERTY },
      ),
    );
    expect((await gqlOk(sg.url, `query($o: ID!) { banquets(outletId: $o) { postingStatus } }`, { o: r.id })).banquets).toEqual([
      { postingStatus: 'POSTED' },
    ]);
  });

  it('keeps the in-house projection right when check-in and check-out arrive out of order', async () => {
    const out = eventMessage(
      ReservationCheckedOut,
      {
        reservationId: STAY,
        propertyId: PROPERTY,
        confirmationNumber: 'C-9',
        roomTypeId: '2b2b2b2b-0000-4000-8000-000000000001',
        arrival: '2026-01-01',
        departure: '2026-01-03',
        guestName: 'Emma',
        roomId: '3c3c3c3c-0000-4000-8000-000000000001',
        roomNumber: '801',
        checkedOutAt: new Date(Date.now() + 60_000).toISOString(),
        folioTotal: { amountMinor: 0, currency: 'CNY' },
      },
      { subject: STAY, propertyId: PROPERTY },
    );
    await publish(out);
    await checkIn(sg, STAY, new Date().toISOString()); // late: older than the check-out already recorded
    const refused = await gql(
      sg.url,
      `mutation($i: OpenOrderInput!) { openOrder(input: $i) { id } }`,
      {
        i: { outletId: r.id, kind: 'ROOM_SERVICE', reservationId: STAY, lines: [{ menuItemId: r.item.tea }] },
      },
      server(),
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/already checked out/),
      extensions: { reason: 'BILL.STAY_NOT_IN_HOUSE' },
    });
  });
});
