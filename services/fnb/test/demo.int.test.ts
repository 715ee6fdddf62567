import { OutboxRow } from '@hotelops/kernel';
import { DIALECTS, gql, gqlOk, staff, type RunningSubgraph } from '@hotelops/testing';
import { seedDemo, seedDemoRecipes } from '@hotelops/fnb';
import { WallClock, startFnb } from './fnb-fixture';

const DEMO = '9d9d9d9d-0000-4000-8000-000000000001';
const GUEST = '1a2b3c4d-0000-4000-8000-0000000000e1';

describe.each(DIALECTS)('fnb demo on %s', (dialect) => {
  let sg: RunningSubgraph;
  const clock = new WallClock('19:00');
  beforeAll(async () => {
    sg = await startFnb(dialect, clock);
  });
  afterAll(() => sg?.stop());

  it('seeds once: outlets with menus and a floor plan, a closed yesterday, tickets and a till today, recipes', async () => {
    const first = await seedDemo(sg.app.deps, {
      propertyId: DEMO,
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      inHouseReservationIds: [GUEST],
    });
    expect(first.outlets.map((o) => o.kind).sort()).toEqual(['BAR', 'RESTAURANT', 'ROOM_SERVICE']);
    const restaurant = first.outlets.find((o) => o.kind === 'RESTAURANT')!;
    const view = await gqlOk(
      sg.url,
      `query($o: ID!) { outlet(id: $o) { businessDate lastClosedDate servicePeriods { name } }
        floors(outletId: $o) { name tables { number status } }
        menu(outletId: $o, category: "Mains") { name specialty modifierGroups { name modifiers { name } } }
        kitchenTickets(outletId: $o) { station status lines { name } } }`,
      { o: restaurant.id },
    );
    expect(view.outlet.servicePeriods.map((p: { name: string }) => p.name)).toEqual(['Lunch 午餐', 'Dinner 晚餐']);
    expect(view.outlet.lastClosedDate).not.toBeNull();
    expect(view.floors.flatMap((f: { tables: unknown[] }) => f.tables)).toHaveLength(13);
    expect(
      view.menu
        .find((i: { name: string }) => i.name.startsWith('Longjing Shrimp'))
        .modifierGroups.map((g: { name: string }) => g.name)
        .sort(),
    ).toEqual(['Extras 加料', 'Spice level 辣度']);
    expect(view.kitchenTickets.map((t: { station: string; status: string }) => `${t.station}:${t.status}`).sort()).toEqual([
      'BAR:NEW',
      'COLD:NEW',
      'HOT:IN_PREPARATION',
    ]);
    const report = await gqlOk(
      sg.url,
      `query($o: ID!, $d: LocalDate!) { dailyBusinessReport(outletId: $o, businessDate: $d) { closed checks covers closingChecks { kind } } }`,
      {
        o: restaurant.id,
        d: view.outlet.lastClosedDate,
      },
    );
    expect(report.dailyBusinessReport).toEqual({ closed: true, checks: 3, covers: 9, closingChecks: [{ kind: 'CLOSING' }] });
    const tills = await gqlOk(sg.url, `query($o: ID!, $d: LocalDate!) { tills(outletId: $o, businessDate: $d) { status } }`, {
      o: restaurant.id,
      d: view.outlet.businessDate,
    });
    expect(tills.tills).toEqual([{ status: 'OPEN' }]);
    const roomService = first.outlets.find((o) => o.kind === 'ROOM_SERVICE')!;
    const rs = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o) { nodes { kind reservation { id } total { amountMinor } } } }`, {
      o: roomService.id,
    });
    expect(rs.orders.nodes).toEqual([{ kind: 'ROOM_SERVICE', reservation: { id: GUEST }, total: { amountMinor: 6800 + 6800 + 2 * 3800 } }]);

    const made = await seedDemoRecipes(sg.app.deps, {
      propertyId: DEMO,
      ingredients: { 'IN-RICE': '9f000000-0000-4000-8000-0000000000a1', 'IN-EGGS': '9f000000-0000-4000-8000-0000000000a2' },
    });
    expect(made).toBeGreaterThanOrEqual(2);
    const outboxBefore = await sg.app.deps.db.manager.count(OutboxRow);
    const second = await seedDemo(sg.app.deps, { propertyId: DEMO, currency: 'CNY', inHouseReservationIds: [GUEST] });
    expect(second.outlets.map((o) => o.id).sort()).toEqual(first.outlets.map((o) => o.id).sort());
    expect(await seedDemoRecipes(sg.app.deps, { propertyId: DEMO, ingredients: {} })).toBe(0);
    expect(await sg.app.deps.db.manager.count(OutboxRow)).toBe(outboxBefore);
  });

  it("lists a property's outlets and pages an outlet's orders by status", async () => {
    const outlets = await gqlOk(sg.url, `query($p: ID!) { outlets(propertyId: $p) { id name kind property { id } } }`, { p: DEMO });
    expect(outlets.outlets.map((o: { kind: string }) => o.kind)).toEqual(['ROOM_SERVICE', 'RESTAURANT', 'BAR']); // by name
    expect(outlets.outlets.every((o: { property: { id: string } }) => o.property.id === DEMO)).toBe(true);
    const forbidden = await gql(
      sg.url,
      `query($p: ID!) { outlets(propertyId: $p) { id } }`,
      { p: DEMO },
      staff(['fnb-server'], ['00000000-0000-4000-8000-000000000000']),
    );
    expect(forbidden.errors?.[0].extensions).toMatchObject({ reason: 'AUTH.PROPERTY_FORBIDDEN' });
    const restaurant = outlets.outlets[1].id;
    const all = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, status: SETTLED, first: 100) { nodes { id status } } }`, {
      o: restaurant,
    });
    expect(all.orders.nodes).toHaveLength(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { nodes: { id: string }[]; pageInfo: { hasNextPage: boolean; endCursor: string } } = (
        await gqlOk(
          sg.url,
          `query($o: ID!, $a: String) { orders(outletId: $o, status: SETTLED, first: 2, after: $a) { nodes { id } pageInfo { hasNextPage endCursor } } }`,
          {
            o: restaurant,
            a: after,
          },
        )
      ).orders;
      seen.push(...page.nodes.map((n) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.orders.nodes.map((n: { id: string }) => n.id));
    const open = await gqlOk(sg.url, `query($o: ID!) { orders(outletId: $o, status: OPEN) { nodes { tableNumber } } }`, { o: restaurant });
    expect(open.orders.nodes.map((n: { tableNumber: string }) => n.tableNumber).sort()).toEqual(['A4', 'VIP1']);
  });

  it('seeds at 09:00, outside the restaurant hours: last night is the open dinner, the night before closed', async () => {
    clock.set('09:00');
    const property = '9d9d9d9d-0000-4000-8000-000000000002';
    const { outlets } = await seedDemo(sg.app.deps, {
      propertyId: property,
      currency: 'CNY',
      timeZone: 'Asia/Shanghai',
      inHouseReservationIds: [GUEST],
    });
    clock.set('19:00');
    const byKind = Object.fromEntries(outlets.map((o) => [o.kind, o.id]));
    const view = await gqlOk(sg.url, `query($o: ID!) { outlet(id: $o) { lastClosedDate } kitchenTickets(outletId: $o) { status } }`, {
      o: byKind.RESTAURANT,
    });
    expect(view.kitchenTickets.length).toBeGreaterThan(0);
    const dayAfter = new Date(Date.parse(`${view.outlet.lastClosedDate}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const services = async (o: string) =>
      (
        await gqlOk(sg.url, `query($o: ID!, $d: LocalDate!) { diningServices(outletId: $o, businessDate: $d) { status } }`, {
          o,
          d: dayAfter,
        })
      ).diningServices;
    for (const kind of ['RESTAURANT', 'BAR', 'ROOM_SERVICE']) expect(await services(byKind[kind])).toEqual([{ status: 'OPEN' }]);
    const tills = await gqlOk(sg.url, `query($o: ID!, $d: LocalDate!) { tills(outletId: $o, businessDate: $d) { status } }`, {
      o: byKind.RESTAURANT,
      d: dayAfter,
    });
    expect(tills.tills).toEqual([{ status: 'OPEN' }]);
  });
});
