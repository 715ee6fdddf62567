import { DIALECTS, gql, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import { PROPERTY, WallClock, checklist, fnbManager, m, openRestaurant, server, startFnb, type Outlet } from './fnb-fixture';

/** Opening hours decide when a service may open; an item's periods decide when it may be ordered. */
describe.each(DIALECTS)('fnb service hours on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  const clock = new WallClock('19:00');

  beforeAll(async () => {
    sg = await startFnb(dialect, clock);
    r = await openRestaurant(sg, 'Jade Garden');
  });
  afterAll(() => sg?.stop());
  afterEach(() => clock.set('19:00'));

  const outlet = async (name: string, kind: string, periods: [string, string, string][]) => {
    const id = (
      await m(
        sg,
        `mutation($p: ID!, $n: String!, $k: OutletKind!) { createOutlet(input: {propertyId: $p, name: $n, kind: $k, currency: "CNY", timeZone: "Asia/Shanghai"}) { id } }`,
        { p: PROPERTY, n: name, k: kind },
      )
    ).createOutlet.id;
    const ids: string[] = [];
    for (const [n, startsAt, endsAt] of periods)
      ids.push(
        (
          await m(sg, `mutation($i: ServicePeriodInput!) { addServicePeriod(input: $i) { id } }`, {
            i: { outletId: id, name: n, startsAt, endsAt },
          })
        ).addServicePeriod.id,
      );
    return { id, periods: ids };
  };
  const openIt = (o: string, p: string) =>
    gql(
      sg.url,
      `mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { status businessDate } }`,
      { o, p },
      fnbManager(),
    );

  it('opens a period inside its hours and refuses it outside them, naming outlet, period and hours', async () => {
    const cafe = await outlet('Lobby Café', 'CAFE', [
      ['Breakfast', '06:30', '10:30'],
      ['Afternoon tea', '14:00', '17:30'],
    ]);
    const [breakfast, tea] = cafe.periods;
    clock.set('10:30'); // breakfast has just ended
    await checklist(sg, cafe.id, breakfast, 'PRE_OPENING', true);
    const late = await openIt(cafe.id, breakfast);
    expect(late.errors?.[0]).toMatchObject({
      message: 'Lobby Café cannot open Breakfast at 10:30 (Asia/Shanghai): its hours are 06:30–10:30',
      extensions: { code: 'CONFLICT', reason: 'SERVICE.OUTSIDE_HOURS' },
    });
    clock.set('15:00');
    await checklist(sg, cafe.id, tea, 'PRE_OPENING', true);
    expect((await openIt(cafe.id, tea)).data?.openDiningService.status).toBe('OPEN');
  });

  it('opens a bar whose hours cross midnight after midnight, and refuses it in the morning', async () => {
    clock.set('03:00');
    const bar = await outlet('Skyline Bar', 'BAR', [['Night', '18:00', '02:00']]);
    await checklist(sg, bar.id, bar.periods[0], 'PRE_OPENING', true);
    expect((await openIt(bar.id, bar.periods[0])).errors?.[0].extensions).toMatchObject({ reason: 'SERVICE.OUTSIDE_HOURS' });
    clock.set('01:30');
    await checklist(sg, bar.id, bar.periods[0], 'PRE_OPENING', true);
    expect((await openIt(bar.id, bar.periods[0])).data?.openDiningService.status).toBe('OPEN');
  });

  it('runs room service around the clock (00:00–24:00) and refuses hours that are not HH:MM', async () => {
    clock.set('04:10');
    const rs = await outlet('In-Room Dining', 'ROOM_SERVICE', [['24 hours', '00:00', '24:00']]);
    await checklist(sg, rs.id, rs.periods[0], 'PRE_OPENING', true);
    expect((await openIt(rs.id, rs.periods[0])).data?.openDiningService.status).toBe('OPEN');
    const bad = await gql(
      sg.url,
      `mutation($o: ID!) { addServicePeriod(input: {outletId: $o, name: "Odd", startsAt: "24:00", endsAt: "06:00"}) { id } }`,
      { o: rs.id },
      fnbManager(),
    );
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INPUT.INVALID' });
  });

  it('refuses an item sold only at lunch while the dinner service is open', async () => {
    const dimSum = (
      await m(sg, `mutation($i: CreateMenuItemInput!) { createMenuItem(input: $i) { id } }`, {
        i: { outletId: r.id, name: 'Har Gow', category: 'Dim Sum', priceMinor: 3200, periodIds: [r.lunchPeriodId] },
      })
    ).createMenuItem.id;
    const refused = await gql(
      sg.url,
      `mutation($i: OpenOrderInput!) { openOrder(input: $i) { id } }`,
      { i: { outletId: r.id, lines: [{ menuItemId: dimSum }] } },
      server(),
    );
    expect(refused.errors?.[0]).toMatchObject({
      message: 'Har Gow is not served in this service period',
      extensions: { code: 'CONFLICT', reason: 'MENU_ITEM.OUTSIDE_PERIOD' },
    });
    const menu = await gqlOk(sg.url, `query($o: ID!) { menu(outletId: $o, category: "Dim Sum") { name } }`, { o: r.id }, server());
    expect(menu.menu).toEqual([{ name: 'Har Gow' }]);
  });
});
