import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { composeFnb } from '../composition';
import { OutletEntity } from '../outlet/outlet.entity';
import type { OutletKind } from '../outlet/outlet.rules';

export interface FnbDemoInput {
  propertyId: string;
  currency: string;
  inHouseReservationIds: string[];
}

export interface FnbDemoResult {
  outlets: { id: string; name: string; kind: string }[];
}

/** [name, category, price in major units, specialty (特色菜), available] */
type DemoItem = [string, string, number, boolean?, boolean?];

const CHINESE_RESTAURANT: DemoItem[] = [
  ['Smashed Cucumber 拍黄瓜', 'Cold Dishes', 28],
  ['Drunken Chicken 绍兴醉鸡', 'Cold Dishes', 58],
  ['Sweet-scented Osmanthus Lotus Root 桂花糖藕', 'Cold Dishes', 38],
  ['West Lake Vinegar Fish 西湖醋鱼', 'Mains', 168, true],
  ['Dongpo Pork 东坡肉', 'Mains', 88, true],
  ['Longjing Shrimp 龙井虾仁', 'Mains', 138, true],
  ["Beggar's Chicken 叫化童鸡", 'Mains', 198, true],
  ['Sweet and Sour Spare Ribs 糖醋排骨', 'Mains', 78],
  ['Stir-fried Seasonal Greens 清炒时蔬', 'Mains', 42],
  ['West Lake Beef Soup 西湖牛肉羹', 'Soups', 48],
  ['Yangzhou Fried Rice 扬州炒饭', 'Staples', 48],
  ['Steamed Rice 米饭', 'Staples', 6],
  ['Longjing Tea (pot) 龙井茶', 'Drinks', 68],
  ['Shaoxing Rice Wine (bottle) 绍兴黄酒', 'Drinks', 128],
];

const LOBBY_BAR: DemoItem[] = [
  ['Espresso', 'Coffee & Tea', 38],
  ['Cappuccino', 'Coffee & Tea', 45],
  ['Café Latte', 'Coffee & Tea', 45],
  ['Afternoon Tea Set for Two 下午茶套餐', 'Coffee & Tea', 298, true],
  ['Osmanthus Old Fashioned 桂花古典', 'Cocktails', 98, true],
  ['Mojito', 'Cocktails', 88],
  ['Negroni', 'Cocktails', 88],
  ['Tsingtao Draught Beer 青岛生啤', 'Beer & Wine', 48],
  ['House Red Wine (glass)', 'Beer & Wine', 78],
  ['Fresh Orange Juice', 'Soft Drinks', 42],
  ['Club Sandwich', 'Bar Bites', 88],
  ['Truffle Fries', 'Bar Bites', 58],
  ['Mixed Nuts', 'Bar Bites', 38],
  ['New York Cheesecake', 'Bar Bites', 52, false, false],
];

const ROOM_SERVICE: DemoItem[] = [
  ['American Breakfast', 'Breakfast', 128],
  ['Chinese Breakfast 中式早餐 (congee, dim sum)', 'Breakfast', 98],
  ['Shrimp Wonton Noodle Soup 鲜虾云吞面', 'Mains', 68, true],
  ['Kung Pao Chicken with Rice 宫保鸡丁饭', 'Mains', 78],
  ['Wagyu Beef Burger', 'Mains', 158, true],
  ['Spaghetti Bolognese', 'Mains', 88],
  ['Margherita Pizza', 'Mains', 98],
  ['Caesar Salad', 'Starters', 68],
  ['Club Sandwich', 'Starters', 88],
  ['Seasonal Fruit Platter 时令水果拼盘', 'Desserts', 68],
  ['Chocolate Lava Cake', 'Desserts', 58],
  ['Mineral Water', 'Drinks', 28],
  ['Coca-Cola', 'Drinks', 25],
  ['Tsingtao Beer 青岛啤酒', 'Drinks', 38],
];

const OUTLETS: { name: string; kind: OutletKind; menu: DemoItem[] }[] = [
  { name: 'Jade Garden 中餐厅', kind: 'RESTAURANT', menu: CHINESE_RESTAURANT },
  { name: 'Lobby Bar 大堂吧', kind: 'BAR', menu: LOBBY_BAR },
  { name: 'In-Room Dining 送餐服务', kind: 'ROOM_SERVICE', menu: ROOM_SERVICE },
];

/** 100 for CNY/EUR/USD, 1 for JPY/KRW: demo prices are written in major units. */
function minorPerMajor(currency: string): number {
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return 10 ** digits;
}

/**
 * A Chinese restaurant, a lobby bar and room service with their menus, plus an open room-service
 * order for the first in-house stay. Does nothing when the property already has outlets.
 */
export async function seedDemo(deps: ServiceDeps, input: FnbDemoInput): Promise<FnbDemoResult> {
  const existing = await deps.db.manager.find(OutletEntity, {
    where: { propertyId: input.propertyId },
    order: { createdAt: 'ASC', id: 'ASC' },
  });
  if (existing.length > 0) return { outlets: existing.map(({ id, name, kind }) => ({ id, name, kind })) };

  const system = new Caller(SYSTEM);
  const { outlets, menuItems, orders } = composeFnb(deps);
  const scale = minorPerMajor(input.currency);

  const created: FnbDemoResult['outlets'] = [];
  let roomService: { outletId: string; menu: Map<string, string> } | undefined;
  for (const spec of OUTLETS) {
    const outlet = await outlets.create(
      { propertyId: input.propertyId, name: spec.name, kind: spec.kind, currency: input.currency },
      system,
    );
    created.push({ id: outlet.id, name: outlet.name, kind: outlet.kind });
    const menu = new Map<string, string>();
    for (const [name, category, price, specialty = false, available = true] of spec.menu) {
      const item = await menuItems.create({ outletId: outlet.id, name, category, priceMinor: price * scale, specialty, available }, system);
      menu.set(name, item.id);
    }
    if (spec.kind === 'ROOM_SERVICE') roomService = { outletId: outlet.id, menu };
  }

  const guest = input.inHouseReservationIds[0];
  if (guest && roomService) {
    const { outletId, menu } = roomService;
    const line = (name: string, quantity: number) => ({ menuItemId: menu.get(name)!, quantity });
    await orders.open(
      {
        outletId,
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
  }
  return { outlets: created };
}
