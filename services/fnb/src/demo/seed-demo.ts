import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { composeFnb, type FnbServices } from '../composition';
import { MenuItemEntity } from '../menu/menu-item.entity';
import { OutletEntity } from '../outlet/outlet.entity';
import { lastInstantWithin, withinHours, type OutletKind } from '../outlet/outlet.rules';
import { RecipeEntity } from '../recipe/recipe.entity';
import type { CheckItem } from '../service/service.rules';
import { localTime } from '../calendar/calendar.rules';
import { CHINESE_RESTAURANT, DEMO_RECIPES, KITCHEN_OF, LOBBY_BAR, ROOM_SERVICE, type DemoItem } from './demo-menus.catalogue';

export interface FnbDemoInput {
  propertyId: string;
  currency: string;
  /** the property's IANA time zone (default Asia/Shanghai) */
  timeZone?: string;
  inHouseReservationIds: string[];
}

export interface FnbDemoResult {
  outlets: { id: string; name: string; kind: string }[];
}

const OUTLETS: { name: string; kind: OutletKind; menu: DemoItem[]; periods: [string, string, string][] }[] = [
  {
    name: 'Jade Garden 中餐厅',
    kind: 'RESTAURANT',
    menu: CHINESE_RESTAURANT,
    periods: [
      ['Lunch 午餐', '11:00', '14:30'],
      ['Dinner 晚餐', '17:00', '22:00'],
    ],
  },
  { name: 'Lobby Bar 大堂吧', kind: 'BAR', menu: LOBBY_BAR, periods: [['All day 全天', '10:00', '01:00']] },
  { name: 'In-Room Dining 送餐服务', kind: 'ROOM_SERVICE', menu: ROOM_SERVICE, periods: [['24 hours 全天', '00:00', '24:00']] },
];

/** Dishes cooked to the guest's spice level, with extras. */
const WITH_MODIFIERS = ['Yangzhou Fried Rice 扬州炒饭', 'Longjing Shrimp 龙井虾仁', 'Stir-fried Seasonal Greens 清炒时蔬'];

const PASSED: CheckItem[] = [
  { area: 'TABLE_SETTING', label: 'Tables laid, glasses polished 摆台', passed: true },
  { area: 'HYGIENE', label: 'Floors and restrooms clean 清洁卫生', passed: true },
  { area: 'SUPPLIES', label: 'Napkins, condiments, tea stocked 餐厅用品', passed: true },
  { area: 'EQUIPMENT', label: 'POS, printers, warmers working 设备设施', passed: true },
];

const system = new Caller(SYSTEM);

/** 100 for CNY/EUR/USD, 1 for JPY/KRW: demo prices are written in major units. */
function minorPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

interface SeededOutlet {
  id: string;
  name: string;
  timeZone: string;
  kind: OutletKind;
  periods: string[];
  menu: Map<string, string>;
  tables: string[];
  modifiers: Map<string, string>;
}

/**
 * Three outlets with menus, periods, a floor plan and modifiers; yesterday served, settled and
 * closed (日结); today open with tickets in the kitchen, a till and a room-service order for the
 * first in-house stay. Does nothing when the property already has outlets.
 */
export async function seedDemo(deps: ServiceDeps, input: FnbDemoInput): Promise<FnbDemoResult> {
  const existing = await deps.db.manager.find(OutletEntity, {
    where: { propertyId: input.propertyId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  if (existing.length > 0) return { outlets: existing.map(({ id, name, kind }) => ({ id, name, kind })) };
  // Services open only in their hours: "today" is staged at the restaurant's latest open moment
  // (now during lunch or dinner; last night's dinner at 09:00), "yesterday" a day before it.
  const now = deps.clock.now();
  const timeZone = input.timeZone ?? 'Asia/Shanghai';
  const restaurantHours = OUTLETS[0].periods.map(([, startsAt, endsAt]) => ({ startsAt, endsAt }));
  const anchor = lastInstantWithin(restaurantHours, now, timeZone) ?? now;
  const behind = (ms: number) => ({ now: () => new Date(deps.clock.now().getTime() - ms) });
  const lag = now.getTime() - anchor.getTime();
  const yesterday = composeFnb({ ...deps, clock: behind(lag + 86_400_000) });
  const today = composeFnb({ ...deps, clock: behind(lag) });
  const outlets: SeededOutlet[] = [];
  for (const spec of OUTLETS) outlets.push(await seedOutlet(yesterday, input, spec));
  await recordInHouse(deps, today, input);
  const [restaurant, bar, roomService] = outlets;
  await serveAndCloseDay(deps, yesterday, restaurant);
  await openToday(today, restaurant, bar, roomService, input.inHouseReservationIds[0]);
  return { outlets: outlets.map(({ id, name, kind }) => ({ id, name, kind })) };
}

async function seedOutlet(s: FnbServices, input: FnbDemoInput, spec: (typeof OUTLETS)[number]): Promise<SeededOutlet> {
  const outlet = await s.outlets.create(
    {
      propertyId: input.propertyId,
      name: spec.name,
      kind: spec.kind,
      currency: input.currency,
      timeZone: input.timeZone ?? 'Asia/Shanghai',
    },
    system,
  );
  const periods: string[] = [];
  for (const [name, startsAt, endsAt] of spec.periods)
    periods.push((await s.outlets.addPeriod({ outletId: outlet.id, name, startsAt, endsAt }, system)).id);
  const { modifiers, groups } =
    spec.kind === 'RESTAURANT' ? await seedModifiers(s, outlet.id) : { modifiers: new Map<string, string>(), groups: [] };
  const menu = new Map<string, string>();
  const scale = minorPerMajor(input.currency);
  for (const [name, category, price, specialty = false, available = true] of spec.menu) {
    const [course, station] = KITCHEN_OF[category] ?? ['MAIN', 'HOT'];
    const withGroups = WITH_MODIFIERS.includes(name) ? groups : [];
    const item = await s.menuItems.create(
      {
        outletId: outlet.id,
        name,
        category,
        priceMinor: price * scale,
        specialty,
        available,
        course,
        station,
        modifierGroupIds: withGroups,
      },
      system,
    );
    menu.set(name, item.id);
  }
  return { ...outlet, periods, menu, modifiers, tables: spec.kind === 'RESTAURANT' ? await seedFloor(s, outlet.id) : [] };
}

/** Spice level (choose 1) and extras (up to 2) for the restaurant's wok dishes. */
async function seedModifiers(s: FnbServices, outletId: string) {
  const modifiers = new Map<string, string>();
  const groups: string[] = [];
  const spice = await s.menuItems.createModifierGroup(
    {
      outletId: outletId,
      name: 'Spice level 辣度',
      minSelect: 1,
      maxSelect: 1,
      modifiers: ['Mild 微辣', 'Medium 中辣', 'Hot 特辣'].map((name) => ({ name, priceDeltaMinor: 0 })),
    },
    system,
  );
  const extras = await s.menuItems.createModifierGroup(
    {
      outletId: outletId,
      name: 'Extras 加料',
      minSelect: 0,
      maxSelect: 2,
      modifiers: [
        { name: 'Extra shrimp 加虾仁', priceDeltaMinor: 2000 },
        { name: 'Fried egg 煎蛋', priceDeltaMinor: 500 },
      ],
    },
    system,
  );
  groups.push(spice.id, extras.id);
  for (const m of await s.menuItems.modifiersOfGroups(groups)) modifiers.set(m.name, m.id);
  return { modifiers, groups };
}

/** Main hall: twelve tables in three rows; a private room with a round table for ten. */
async function seedFloor(s: FnbServices, outletId: string): Promise<string[]> {
  const hall = await s.floor.createFloor(outletId, 'Main hall 大厅', system);
  const tables: string[] = [];
  for (let i = 0; i < 12; i++) {
    const t = await s.floor.addTable(
      { floorId: hall.id, number: `A${i + 1}`, seats: i % 3 === 0 ? 6 : 4, x: (i % 4) * 2, y: Math.floor(i / 4) * 2 },
      system,
    );
    tables.push(t.id);
  }
  const room = await s.floor.createFloor(outletId, 'Peony room 牡丹厅', system);
  tables.push((await s.floor.addTable({ floorId: room.id, number: 'VIP1', seats: 10, x: 0, y: 0 }, system)).id);
  return tables;
}

/** The demo's in-house stays, as F&B would have learnt them from reservations' check-ins. */
async function recordInHouse(deps: ServiceDeps, s: FnbServices, input: FnbDemoInput) {
  // one after another: a transaction has one connection, which pg will not share between queries
  await deps.db.transaction(async (em) => {
    for (const reservationId of input.inHouseReservationIds) {
      await s.stays.record(em, {
        reservationId,
        propertyId: input.propertyId,
        roomNumber: null,
        status: 'IN_HOUSE',
        at: '2000-01-01T00:00:00.000Z',
      });
    }
  });
}

/** The outlet's period open at the services' clock, if any. */
async function periodNow(s: FnbServices, outlet: SeededOutlet): Promise<string | undefined> {
  const time = localTime(s.menuItems.now(), outlet.timeZone);
  return (await s.outlets.periodsOf([outlet.id])).find((p) => withinHours(p, time))?.id;
}

async function openService(s: FnbServices, outlet: SeededOutlet, period: string) {
  await s.services.recordChecklist({ outletId: outlet.id, periodId: period, kind: 'PRE_OPENING', items: PASSED }, system);
  return s.services.open(outlet.id, period, system);
}

/** Yesterday's service (lunch or dinner, as staged): three tables served and paid, the till counted, the closing check, the day closed. */
async function serveAndCloseDay(deps: ServiceDeps, s: FnbServices, r: SeededOutlet) {
  const service = await openService(s, r, (await periodNow(s, r))!);
  const till = await s.tills.open(r.id, 100_000, system);
  const dish = (name: string, quantity: number, seat?: number, modifiers: string[] = []) => ({
    menuItemId: r.menu.get(name)!,
    quantity,
    seat,
    modifierIds: modifiers.map((m) => r.modifiers.get(m)!),
  });
  const tables: [number, number, ReturnType<typeof dish>[]][] = [
    [
      0,
      2,
      [
        dish('West Lake Vinegar Fish 西湖醋鱼', 1, 1),
        dish('Yangzhou Fried Rice 扬州炒饭', 2, 2, ['Medium 中辣']),
        dish('Longjing Tea (pot) 龙井茶', 1),
      ],
    ],
    [
      1,
      4,
      [
        dish('Dongpo Pork 东坡肉', 2),
        dish('Smashed Cucumber 拍黄瓜', 1),
        dish('Steamed Rice 米饭', 4),
        dish('Shaoxing Rice Wine (bottle) 绍兴黄酒', 1),
      ],
    ],
    [2, 3, [dish("Beggar's Chicken 叫化童鸡", 1), dish('West Lake Beef Soup 西湖牛肉羹', 3), dish('Steamed Rice 米饭', 3)]],
  ];
  const tenders = [['CASH'], ['WECHAT_PAY'], ['CARD']] as const;
  for (const [i, [table, covers, lines]] of tables.entries()) {
    await s.floor.seat(r.tables[table], covers, null, system);
    const order = await s.orders.open({ outletId: r.id, kind: 'DINE_IN', tableId: r.tables[table], lines }, system);
    await s.tickets.fire(order.id, undefined, system);
    for (const ticket of (await s.tickets.byOrders([order.id]))[0])
      for (const step of ['start', 'ready', 'serve'] as const) await s.tickets.advance(ticket.id, step, system);
    for (const bill of await s.bills.createBills(order.id, { mode: 'SINGLE' }, system)) {
      await s.bills.settle(bill.id, [{ method: tenders[i][0], amountMinor: bill.subtotalMinor }], 0, system, {});
    }
    await s.floor.clear(r.tables[table], system);
  }
  const cash = await s.tills.flows(deps.db.manager, till);
  await s.tills.close(till.id, cash.floatMinor + cash.cashInMinor, system);
  await s.services.close(service.id, system);
  await s.services.recordChecklist({ outletId: r.id, periodId: service.periodId, kind: 'CLOSING', items: PASSED }, system);
  await s.days.close(r.id, service.businessDate, 'Demo day: every till balanced', system, {});
}

/** Today: services open, a till with its float, two tables with tickets in the kitchen, room service for a guest. */
async function openToday(s: FnbServices, r: SeededOutlet, bar: SeededOutlet, roomService: SeededOutlet, guest: string | undefined) {
  for (const outlet of [r, bar, roomService]) {
    const period = await periodNow(s, outlet);
    if (period) await openService(s, outlet, period);
  }
  await s.tills.open(r.id, 100_000, system);
  await s.floor.seat(r.tables[3], 2, null, system);
  const a4 = await s.orders.open(
    {
      outletId: r.id,
      kind: 'DINE_IN',
      tableId: r.tables[3],
      lines: [
        { menuItemId: r.menu.get('Drunken Chicken 绍兴醉鸡')!, quantity: 1, seat: 1 },
        { menuItemId: r.menu.get('Longjing Shrimp 龙井虾仁')!, quantity: 1, seat: 2, modifierIds: [r.modifiers.get('Mild 微辣')!] },
        { menuItemId: r.menu.get('Longjing Tea (pot) 龙井茶')!, quantity: 1 },
      ],
    },
    system,
  );
  await s.tickets.fire(a4.id, ['DRINK', 'STARTER'], system);
  await s.floor.seat(r.tables[12], 8, null, system);
  const vip = await s.orders.open(
    {
      outletId: r.id,
      kind: 'DINE_IN',
      tableId: r.tables[12],
      lines: [{ menuItemId: r.menu.get('West Lake Vinegar Fish 西湖醋鱼')!, quantity: 2 }],
    },
    system,
  );
  await s.tickets.fire(vip.id, undefined, system);
  const [ticket] = (await s.tickets.byOrders([vip.id]))[0];
  if (ticket) await s.tickets.advance(ticket.id, 'start', system);
  if (!guest) return;
  const line = (name: string, quantity: number) => ({ menuItemId: roomService.menu.get(name)!, quantity });
  const order = await s.orders.open(
    {
      outletId: roomService.id,
      kind: 'ROOM_SERVICE',
      reservationId: guest,
      lines: [
        line('Shrimp Wonton Noodle Soup 鲜虾云吞面', 1),
        line('Seasonal Fruit Platter 时令水果拼盘', 1),
        line('Tsingtao Beer 青岛啤酒', 2),
      ],
    },
    system,
  );
  await s.tickets.fire(order.id, undefined, system);
}

/**
 * Recipes for the demo menus in inventory's units, once inventory's demo items exist (by SKU).
 * Items without one (most of the Chinese menu) show on the unmapped-sales query as they sell.
 */
export async function seedDemoRecipes(
  deps: ServiceDeps,
  input: { propertyId: string; ingredients: Record<string, string> },
): Promise<number> {
  if (await deps.db.manager.countBy(RecipeEntity, { propertyId: input.propertyId })) return 0;
  const s = composeFnb(deps);
  const items = await deps.db.manager.findBy(MenuItemEntity, { propertyId: input.propertyId });
  let made = 0;
  for (const item of items) {
    const recipe = DEMO_RECIPES[item.name]?.filter(([sku]) => input.ingredients[sku]);
    if (!recipe?.length) continue;
    const lines = recipe.map(([sku, quantity]) => ({
      inventoryItemId: input.ingredients[sku],
      quantity,
      unit: sku.startsWith('RT-') ? 'each' : 'kg',
    }));
    await s.recipes.setRecipe({ targetId: item.id, effectiveFrom: '2020-01-01', lines }, system);
    made++;
  }
  return made;
}
