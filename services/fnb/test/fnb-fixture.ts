import { eventMessage, deliver, gql, gqlOk, staff, startSubgraph, type Dialect, type RunningSubgraph } from '@hotelops/testing';
import { ReservationCheckedIn } from '@hotelops/contracts';
import { fnbSubgraph } from '@hotelops/fnb';
import type { Clock } from '@hotelops/kernel';

export const PROPERTY = '6f1d2c3b-4a59-4e68-8f7a-9b0c1d2e3f40';
export const OTHER_PROPERTY = '00000000-0000-4000-8000-000000000000';
export const SERVER_ID = '7e57e57e-0000-4000-8000-000000000001';
export const CASHIER_ID = '7e57e57e-0000-4000-8000-000000000002';
export const CASHIER_2 = '7e57e57e-0000-4000-8000-000000000003';
export const MANAGER_ID = '7e57e57e-0000-4000-8000-000000000004';

export const server = (propertyIds = [PROPERTY]) => staff(['fnb-server'], propertyIds, SERVER_ID);
export const cashier = (id = CASHIER_ID) => staff(['cashier'], [PROPERTY], id);
export const fnbManager = (propertyIds = [PROPERTY]) => staff(['fnb-manager'], propertyIds, MANAGER_ID);

export interface Outlet {
  id: string;
  /** dinner, the period whose service is open */
  periodId: string;
  lunchPeriodId: string;
  floorId: string;
  tables: Record<string, string>;
  item: Record<string, string>;
  modifier: Record<string, string>;
}

export const ZONE = 'Asia/Shanghai';

/**
 * A clock the test sets to a local wall-clock time: it runs with real time from the latest
 * instant (not after now) at which it was that time in `timeZone`, so timestamps still move on
 * and nothing the test writes lies in the clock's future.
 */
export class WallClock implements Clock {
  private offsetMs = 0;
  constructor(
    localHHMM = '19:00',
    private readonly timeZone = ZONE,
  ) {
    this.set(localHHMM);
  }
  now = () => new Date(Date.now() - this.offsetMs);
  set(localHHMM: string): this {
    const real = new Date();
    const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: this.timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .format(real)
      .split(':')
      .map(Number);
    const [th, tm] = localHHMM.split(':').map(Number);
    const behind = (h * 60 + m - (th * 60 + tm) + 1440) % 1440;
    this.offsetMs = behind * 60_000;
    return this;
  }
}

/**
 * One subgraph whose clock stands at 19:00 in Shanghai (dinner) unless a test passes its own:
 * no test depends on the hour it runs at.
 */
export async function startFnb(dialect: Dialect, clock: Clock = new WallClock('19:00')): Promise<RunningSubgraph> {
  return startSubgraph(fnbSubgraph, { dialect, clock });
}

const ORDER_FIELDS = `id status kind tableNumber covers voidReason total { amountMinor currency }
  lines { id name seat course station status quantity unitPrice { amountMinor } amount { amountMinor } modifiers { name priceDeltaMinor } firedAt } reservation { id }`;

/** Opens an order at the outlet, as a server unless told otherwise; the result carries GraphQL errors rather than throwing. */
export const openOrder = (sg: RunningSubgraph, outletId: string, input: Record<string, unknown>, identity = server()) =>
  gql(
    sg.url,
    `mutation($input: OpenOrderInput!) { openOrder(input: $input) { ${ORDER_FIELDS} } }`,
    { input: { outletId, ...input } },
    identity,
  );

const BILL =
  'id status subtotal { amountMinor } discount { amountMinor } total { amountMinor } tip { amountMinor } openBalance { amountMinor } openBalanceReason lines { description seat amountMinor } payments { kind method amountMinor postingStatus }';

/**
 * The calls the cashiering tests make, as a cashier unless told otherwise: `call` returns GraphQL
 * errors to assert on, `ok` fails the test on any; firing, billing and adjusting are the server's.
 */
export function cashierCalls(sg: () => RunningSubgraph) {
  const call = (query: string, variables: Record<string, unknown>, identity = cashier()) => gql(sg().url, query, variables, identity);
  const ok = async (query: string, variables: Record<string, unknown>, identity = cashier()) => {
    const res = await call(query, variables, identity);
    expect(res.errors).toBeUndefined();
    return res.data!;
  };
  const fire = (id: string) => ok(`mutation($id: ID!) { fireOrder(id: $id) { id } }`, { id }, server());
  const bill = (orderId: string, split: Record<string, unknown>) =>
    ok(
      `mutation($o: ID!, $s: BillSplitInput!) { createBills(orderId: $o, split: $s) { ${BILL} } }`,
      { o: orderId, s: split },
      server(),
    ).then((d) => d.createBills);
  const settle = (id: string, tenders: Record<string, unknown>[], tipMinor = 0, identity = cashier()) =>
    call(
      `mutation($id: ID!, $t: [TenderInput!]!, $tip: Int!) { settleBill(id: $id, tenders: $t, tipMinor: $tip) { ${BILL} } }`,
      { id, t: tenders, tip: tipMinor },
      identity,
    );
  const adjust = (query: string, variables: Record<string, unknown>, identity = server()) =>
    call(`mutation { ${query} { id status amountMinor percent decidedByRole } }`, variables, identity);
  return { call, ok, fire, bill, settle, adjust };
}

/** Seats a party at `table` (a walk-in without one) and opens its order at the outlet, failing the test on any error. */
export function orderTaker(sg: () => RunningSubgraph, outlet: () => Outlet) {
  const { ok } = cashierCalls(sg);
  return async (lines: Record<string, unknown>[], table?: string, covers = 1) => {
    const r = outlet();
    if (table)
      await gqlOk(
        sg().url,
        `mutation($t: ID!, $c: Int!) { seatTable(tableId: $t, covers: $c) { id } }`,
        { t: r.tables[table], c: covers },
        server(),
      );
    const input = {
      outletId: r.id,
      kind: table ? 'DINE_IN' : 'WALK_IN',
      tableId: table ? r.tables[table] : undefined,
      covers: table ? undefined : covers,
      lines,
    };
    return (await ok(`mutation($i: OpenOrderInput!) { openOrder(input: $i) { id lines { id name } } }`, { i: input }, server())).openOrder;
  };
}

export const m = (sg: RunningSubgraph, query: string, variables: Record<string, unknown> = {}, identity = fnbManager()) =>
  gqlOk(sg.url, query, variables, identity);

/**
 * A restaurant ready for service: lunch 11:00–14:30 and dinner 17:00–22:00 (Shanghai), dinner's
 * pre-opening check recorded and its service opened (the clock stands in dinner), a floor with
 * tables and a menu with modifiers.
 */
export async function openRestaurant(sg: RunningSubgraph, name = 'Jade Garden', opts: { blocks?: boolean } = {}): Promise<Outlet> {
  const outlet = (
    await m(
      sg,
      `mutation($p: ID!, $n: String!, $b: Boolean) { createOutlet(input: {propertyId: $p, name: $n, kind: RESTAURANT, currency: "CNY", timeZone: "Asia/Shanghai", failureBlocksOpening: $b}) { id } }`,
      { p: PROPERTY, n: name, b: opts.blocks ?? true },
    )
  ).createOutlet.id;
  const period = async (name: string, startsAt: string, endsAt: string): Promise<string> =>
    (
      await m(sg, `mutation($i: ServicePeriodInput!) { addServicePeriod(input: $i) { id } }`, {
        i: { outletId: outlet, name, startsAt, endsAt },
      })
    ).addServicePeriod.id;
  const lunchPeriodId = await period('Lunch', '11:00', '14:30');
  const periodId = await period('Dinner', '17:00', '22:00');
  await checklist(sg, outlet, periodId, 'PRE_OPENING', true);
  await m(sg, `mutation($o: ID!, $p: ID!) { openDiningService(outletId: $o, periodId: $p) { id } }`, { o: outlet, p: periodId });
  const floorId = (await m(sg, `mutation($o: ID!) { createFloor(outletId: $o, name: "Main hall") { id } }`, { o: outlet })).createFloor.id;
  const tables: Record<string, string> = {};
  for (const [i, n] of ['T1', 'T2', 'T3', 'T4', 'T5', 'T6'].entries()) {
    tables[n] = (
      await m(
        sg,
        `mutation($f: ID!, $n: String!, $x: Int!) { addDiningTable(input: {floorId: $f, number: $n, seats: 4, x: $x, y: 0}) { id } }`,
        {
          f: floorId,
          n,
          x: i,
        },
      )
    ).addDiningTable.id;
  }
  const spice = (
    await m(
      sg,
      `mutation($o: ID!) { createModifierGroup(input: {outletId: $o, name: "Spice", minSelect: 1, maxSelect: 1, modifiers: [{name: "Mild"}, {name: "Hot", priceDeltaMinor: 0}]}) { id modifiers { id name } } }`,
      { o: outlet },
    )
  ).createModifierGroup;
  const extras = (
    await m(
      sg,
      `mutation($o: ID!) { createModifierGroup(input: {outletId: $o, name: "Extras", minSelect: 0, maxSelect: 2, modifiers: [{name: "Extra shrimp", priceDeltaMinor: 2000}, {name: "Egg", priceDeltaMinor: 500}, {name: "Tofu", priceDeltaMinor: 800}]}) { id modifiers { id name } } }`,
      { o: outlet },
    )
  ).createModifierGroup;
  const modifier: Record<string, string> = {};
  for (const g of [spice, extras]) for (const x of g.modifiers) modifier[x.name] = x.id;
  const add = async (name: string, category: string, priceMinor: number, course: string, station: string, groups: string[] = []) =>
    (
      await m(sg, `mutation($i: CreateMenuItemInput!) { createMenuItem(input: $i) { id } }`, {
        i: { outletId: outlet, name, category, priceMinor, course, station, modifierGroupIds: groups, specialty: name.includes('Fish') },
      })
    ).createMenuItem.id;
  const item = {
    salad: await add('Smashed Cucumber', 'Cold Dishes', 2800, 'STARTER', 'COLD'),
    noodles: await add('Dan Dan Noodles', 'Mains', 4800, 'MAIN', 'HOT', [spice.id, extras.id]),
    fish: await add('West Lake Fish', 'Mains', 16800, 'MAIN', 'HOT'),
    tea: await add('Longjing Tea', 'Drinks', 2500, 'DRINK', 'BAR'),
    cake: await add('Osmanthus Cake', 'Desserts', 3800, 'DESSERT', 'PASTRY'),
  };
  return { id: outlet, periodId, lunchPeriodId, floorId, tables, item, modifier };
}

export async function checklist(sg: RunningSubgraph, outletId: string, periodId: string, kind: string, pass: boolean) {
  const items = ['TABLE_SETTING', 'HYGIENE', 'SUPPLIES', 'EQUIPMENT'].map((area, i) => ({
    area,
    label: `${area.toLowerCase()} check`,
    passed: pass || i > 0,
    ...(pass || i > 0 ? {} : { note: 'Two settings short', followUpOwnerId: SERVER_ID }),
  }));
  return gql(
    sg.url,
    `mutation($i: ChecklistInput!) { recordChecklist(input: $i) { id failedCount } }`,
    { i: { outletId, periodId, kind, items } },
    fnbManager(),
  );
}

/** Reservations' check-in, as F&B's in-house projection learns it. */
export async function checkIn(sg: RunningSubgraph, reservationId: string, at = new Date().toISOString()) {
  await deliver(
    sg.app.transport,
    eventMessage(
      ReservationCheckedIn,
      {
        reservationId,
        propertyId: PROPERTY,
        confirmationNumber: 'C-1',
        roomTypeId: '2b2b2b2b-0000-4000-8000-000000000001',
        arrival: '2026-01-01',
        departure: '2026-01-03',
        guestName: '陈静',
        roomId: '3c3c3c3c-0000-4000-8000-000000000001',
        roomNumber: '801',
        checkedInAt: at,
      },
      { subject: reservationId, propertyId: PROPERTY },
    ),
  );
}
