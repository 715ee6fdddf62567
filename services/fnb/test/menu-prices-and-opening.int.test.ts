import { DIALECTS, gql, type RunningSubgraph } from '@hotelops/testing';
import { PROPERTY, SERVER_ID, fnbManager, m, openOrder, openRestaurant, server, startFnb, WallClock, type Outlet } from './fnb-fixture';

/** Menu prices that change from a time on, and a service that opens only after a complete pre-opening check. */
describe.each(DIALECTS)('fnb menu prices and service opening on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  const clock = new WallClock('19:00');

  beforeAll(async () => {
    sg = await startFnb(dialect, clock);
    r = await openRestaurant(sg);
  });
  afterAll(() => sg?.stop());

  const open = (input: Record<string, unknown>, identity = server()) => openOrder(sg, r.id, input, identity);

  it('changes a price from a time on; orders keep the price they were taken at', async () => {
    const future = new Date(Date.now() + 3_600_000).toISOString();
    const changed = await m(
      sg,
      `mutation($id: ID!, $at: DateTime!) { changeMenuPrice(id: $id, priceMinor: 2900, effectiveFrom: $at) { price { amountMinor } prices { priceMinor } } }`,
      { id: r.item.tea, at: future },
    );
    expect(changed.changeMenuPrice).toEqual({ price: { amountMinor: 2500 }, prices: [{ priceMinor: 2500 }, { priceMinor: 2900 }] });
    const now = await m(sg, `mutation($id: ID!) { changeMenuPrice(id: $id, priceMinor: 2600) { price { amountMinor } } }`, {
      id: r.item.tea,
    });
    expect(now.changeMenuPrice.price.amountMinor).toBe(2600);
    const past = await gql(
      sg.url,
      `mutation($id: ID!) { changeMenuPrice(id: $id, priceMinor: 100, effectiveFrom: "2020-01-01T00:00:00Z") { id } }`,
      { id: r.item.tea },
      fnbManager(),
    );
    expect(past.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'MENU_PRICE.IN_THE_PAST' });
    const walkIn = (await open({ kind: 'WALK_IN', lines: [{ menuItemId: r.item.tea, quantity: 1 }] })).data!.openOrder;
    expect(walkIn.lines[0].unitPrice.amountMinor).toBe(2600);
  });

  it('needs an open service, opened after a complete pre-opening check', async () => {
    clock.set('08:00'); // breakfast
    const o = (
      await m(
        sg,
        `mutation($p: ID!) { createOutlet(input: {propertyId: $p, name: "Lobby Café", kind: CAFE, currency: "CNY", timeZone: "Asia/Shanghai"}) { id } }`,
        { p: PROPERTY },
      )
    ).createOutlet.id;
    const p = (
      await m(
        sg,
        `mutation($o: ID!) { addServicePeriod(input: {outletId: $o, name: "Breakfast", startsAt: "06:30", endsAt: "10:30"}) { id } }`,
        { o },
      )
    ).addServicePeriod.id;
    const openIt = () =>
      gql(sg.url, `mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { status } }`, { o, p }, fnbManager());
    expect((await openIt()).errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'SERVICE.CHECKLIST_MISSING' });
    const partial = await gql(
      sg.url,
      `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`,
      { i: { outletId: o, periodId: p, kind: 'PRE_OPENING', items: [{ area: 'HYGIENE', label: 'Floors', passed: true }] } },
      fnbManager(),
    );
    expect(partial.errors?.[0].message).toMatch(/covers every area; missing TABLE_SETTING, SUPPLIES, EQUIPMENT/);
    const noOwner = await gql(
      sg.url,
      `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id } }`,
      {
        i: {
          outletId: o,
          periodId: p,
          kind: 'PRE_OPENING',
          items: ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area, i) => ({ area, label: area, passed: i > 0 })),
        },
      },
      fnbManager(),
    );
    expect(noOwner.errors?.[0].message).toBe('failed item "TABLE_SETTING" needs a followUpOwnerId');
    const failed = await m(
      sg,
      `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { failedCount items { passed followUpOwnerId } checker { id } } }`,
      {
        i: {
          outletId: o,
          periodId: p,
          kind: 'PRE_OPENING',
          items: ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area, i) => ({
            area,
            label: area,
            passed: i > 0,
            ...(i ? {} : { followUpOwnerId: SERVER_ID }),
          })),
        },
      },
    );
    expect(failed.recordChecklist).toMatchObject({
      failedCount: 1,
      items: expect.arrayContaining([{ passed: false, followUpOwnerId: SERVER_ID }]),
    });
    expect((await openIt()).errors?.[0]).toMatchObject({
      message: expect.stringMatching(/pre-opening check failed: TABLE_SETTING/),
      extensions: { reason: 'SERVICE.CHECKLIST_FAILED' },
    });
    const tea = (
      await m(sg, `mutation($o: ID!) { createMenuItem(input: {outletId: $o, name: "Tea", category: "Drinks", priceMinor: 100}) { id } }`, {
        o,
      })
    ).createMenuItem.id;
    const closed = await gql(
      sg.url,
      `mutation($o: ID!, $t: ID!) { openOrder(input: {outletId: $o, lines: [{menuItemId: $t}]}) { id } }`,
      { o, t: tea },
      server(),
    );
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'OUTLET.NO_OPEN_SERVICE' });
    clock.set('19:00');
  });
});
