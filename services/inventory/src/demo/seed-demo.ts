import { Caller, SYSTEM, type ServiceDeps } from '@hotelops/kernel';
import { composeInventory, type InventoryServices as Services } from '../composition';
import { LocationEntity } from '../location/location.entity';
import type { ItemCategory } from '../item/item.rules';
import type { LocationKind } from '../location/location.rules';
import { seedDepth } from './seed-depth';

export interface InventoryDemoInput {
  propertyId: string;
  /** The property's F&B outlets (from the fnb demo); each gets its own stock location. */
  outlets: { id: string; name: string; kind: string }[];
}

type DemoItem = [
  sku: string,
  name: string,
  category: ItemCategory,
  unit: string,
  par: number,
  reorderPoint: number,
  opening: number,
  unitCostMinor: number,
  bin: string,
];

/** A mid-size hotel's store: opening quantities, costs in fen (CNY minor units), and the bin each lives in. */
const ITEMS: DemoItem[] = [
  ['AM-SHAMPOO-30', 'Shampoo 30 ml 洗发水', 'AMENITY', 'bottle', 2000, 600, 1800, 85, 'MAIN-A02'],
  ['AM-BODYWASH-30', 'Body wash 30 ml 沐浴露', 'AMENITY', 'bottle', 2000, 600, 1700, 85, 'MAIN-A02'],
  ['AM-DENTAL-KIT', 'Dental kit 牙具', 'AMENITY', 'each', 1500, 500, 1200, 60, 'MAIN-A02'],
  ['AM-SLIPPERS', 'Disposable slippers 一次性拖鞋', 'AMENITY', 'pair', 1200, 400, 900, 150, 'MAIN-A02'],
  ['AM-SOAP-40', 'Soap 40 g 香皂', 'AMENITY', 'each', 1500, 500, 450, 70, 'MAIN-A02'],
  ['LN-BATH-TOWEL', 'Bath towel 70×140 浴巾', 'LINEN', 'each', 600, 200, 520, 3800, 'HK-LINEN'],
  ['LN-HAND-TOWEL', 'Hand towel 面巾', 'LINEN', 'each', 600, 200, 480, 1500, 'HK-LINEN'],
  ['LN-SHEET-KING', 'Flat sheet, king 床单', 'LINEN', 'each', 500, 150, 420, 9500, 'HK-LINEN'],
  ['LN-DUVET-KING', 'Duvet cover, king 被套', 'LINEN', 'each', 400, 120, 300, 16800, 'HK-LINEN'],
  ['LN-PILLOWCASE', 'Pillowcase 枕套', 'LINEN', 'each', 800, 250, 700, 2400, 'HK-LINEN'],
  ['LN-BATHROBE', 'Bathrobe 浴袍', 'LINEN', 'each', 200, 60, 150, 12000, 'HK-LINEN'],
  ['CS-TOILET-ROLL', 'Toilet roll 卫生纸', 'CONSUMABLE', 'roll', 3000, 800, 2400, 120, 'MAIN-A03'],
  ['CS-BIN-LINER', 'Bin liner 垃圾袋', 'CONSUMABLE', 'each', 5000, 1500, 4000, 20, 'MAIN-A03'],
  ['CS-CLEANER-5L', 'All-purpose cleaner 5 L 多功能清洁剂', 'CONSUMABLE', 'bottle', 60, 20, 40, 6500, 'MAIN-A03'],
  ['CS-TISSUE-BOX', 'Facial tissue box 抽纸', 'CONSUMABLE', 'box', 1000, 300, 800, 350, 'MAIN-A03'],
  ['IN-RICE', 'Northeast rice 东北大米', 'INGREDIENT', 'kg', 200, 60, 150, 800, 'MAIN-A01'],
  ['IN-FLOUR', 'Wheat flour 面粉', 'INGREDIENT', 'kg', 100, 30, 80, 600, 'MAIN-A01'],
  ['IN-PEANUT-OIL', 'Peanut oil 花生油', 'INGREDIENT', 'L', 120, 40, 100, 2200, 'MAIN-A01'],
  ['IN-COFFEE-BEANS', 'Coffee beans 咖啡豆', 'INGREDIENT', 'kg', 20, 6, 15, 16000, 'MAIN-A01'],
  ['IN-EGGS', 'Eggs 鸡蛋', 'INGREDIENT', 'each', 1800, 600, 1440, 90, 'MAIN-C01'],
  ['IN-BEEF-TENDERLOIN', 'Beef tenderloin 牛里脊', 'INGREDIENT', 'kg', 40, 12, 32.5, 16000, 'MAIN-C01'],
  ['IN-SALMON', 'Salmon fillet 三文鱼', 'INGREDIENT', 'kg', 25, 8, 18.75, 18000, 'MAIN-C01'],
  ['IN-MILK', 'Fresh milk 鲜牛奶', 'INGREDIENT', 'L', 120, 40, 96, 1200, 'MAIN-C01'],
  ['RT-WATER-550', 'Mineral water 550 ml 矿泉水', 'RETAIL', 'bottle', 2400, 800, 2000, 120, 'MAIN-B01'],
  ['RT-COLA-330', 'Cola 330 ml 可乐', 'RETAIL', 'can', 480, 120, 360, 250, 'MAIN-B01'],
  ['RT-TSINGTAO-330', 'Tsingtao beer 330 ml 青岛啤酒', 'RETAIL', 'bottle', 480, 120, 360, 450, 'MAIN-B01'],
  ['RT-WINE-RED', 'House red wine 750 ml 红葡萄酒', 'RETAIL', 'bottle', 120, 36, 96, 6800, 'MAIN-B01'],
];

const MAIN_STORE = { code: 'MAIN', name: '总仓 Main store', kind: 'STORE' as const };
const BINS = [
  { code: 'MAIN-A01', name: 'Dry goods shelf A01' },
  { code: 'MAIN-A02', name: 'Guest amenities shelf A02' },
  { code: 'MAIN-A03', name: 'Consumables shelf A03' },
  { code: 'MAIN-B01', name: 'Beverage cage B01' },
  { code: 'MAIN-C01', name: 'Cold room C01' },
];
const LINEN_ROOM = { code: 'HK-LINEN', name: '布草房 Housekeeping linen room', kind: 'DEPARTMENT' as const };

/** Day-one movements after the opening receipts: [sku, from, quantity, reference]. */
const ISSUES: [string, string, number, string][] = [
  ['AM-SHAMPOO-30', 'MAIN-A02', 300, 'Floors 3–8 amenity top-up'],
  ['AM-BODYWASH-30', 'MAIN-A02', 300, 'Floors 3–8 amenity top-up'],
  ['AM-DENTAL-KIT', 'MAIN-A02', 250, 'Floors 3–8 amenity top-up'],
  ['AM-SLIPPERS', 'MAIN-A02', 200, 'Floors 3–8 amenity top-up'],
  ['CS-TOILET-ROLL', 'MAIN-A03', 400, 'Housekeeping requisition'],
  ['IN-RICE', 'MAIN-A01', 40, 'Kitchen requisition 提货单'],
  ['IN-BEEF-TENDERLOIN', 'MAIN-C01', 12.5, 'Kitchen requisition 提货单'],
  ['IN-EGGS', 'MAIN-C01', 360, 'Breakfast buffet'],
];

type Outlet = InventoryDemoInput['outlets'][number];

/**
 * Seeds a realistic store for an embedded first start: the main store with bins, the linen room,
 * one location per F&B outlet, ~25 items with opening stock and a first day of issues. Goes
 * through the services as the system, so every movement writes its StockMoved event. Does
 * nothing when the property already has items.
 */
export async function seedDemo(deps: ServiceDeps, input: InventoryDemoInput): Promise<void> {
  const caller = new Caller(SYSTEM);
  const services = composeInventory(deps);
  if (await services.items.anyIn(input.propertyId)) return;
  const { byCode, outletLocations } = await seedLocations(services, input, caller);
  const itemIds = await seedStore(services, input.propertyId, byCode, caller);
  for (const { outlet, location } of outletLocations) await stockOutlet(services, outlet, location, itemIds, caller);
  await seedDepth(services, input.propertyId, byCode, itemIds, caller);
  deps.logger.info({ propertyId: input.propertyId, items: ITEMS.length, locations: byCode.size }, 'inventory demo seeded');
}

/** The store, its bins, the linen room and one location per outlet; ones an interrupted earlier seed left are reused by code. */
async function seedLocations({ locations }: Services, input: InventoryDemoInput, caller: Caller) {
  const { propertyId } = input;
  const byCode = new Map((await locations.list(propertyId, caller)).map((l) => [l.code, l]));
  const location = async (code: string, name: string, kind: LocationKind, extra: { parentId?: string; outletId?: string } = {}) => {
    const existing = byCode.get(code);
    if (existing) return existing;
    const created: LocationEntity = await locations.create({ propertyId, code, name, kind, ...extra }, caller);
    byCode.set(code, created);
    return created;
  };

  const main = await location(MAIN_STORE.code, MAIN_STORE.name, MAIN_STORE.kind);
  for (const bin of BINS) await location(bin.code, bin.name, 'BIN', { parentId: main.id });
  await location(LINEN_ROOM.code, LINEN_ROOM.name, LINEN_ROOM.kind);
  const outletLocations: { outlet: Outlet; location: LocationEntity }[] = [];
  for (const [i, outlet] of input.outlets.entries()) {
    const code = `OUT${i + 1}-${outlet.kind
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, '')
      .slice(0, 14)}`.replace(/-$/, '');
    outletLocations.push({ outlet, location: await location(code, `${outlet.name} stock`, 'OUTLET', { outletId: outlet.id }) });
  }
  return { byCode, outletLocations };
}

/** Every item with its opening receipt into its bin, then the first day's issues; returns item ids by SKU. */
async function seedStore({ items, stock }: Services, propertyId: string, byCode: Map<string, LocationEntity>, caller: Caller) {
  const itemIds = new Map<string, string>();
  for (const [sku, name, category, unit, parLevel, reorderPoint, opening, unitCostMinor, bin] of ITEMS) {
    const item = await items.create({ propertyId, sku, name, category, unit, parLevel, reorderPoint }, caller);
    itemIds.set(sku, item.id);
    await stock.receive(
      { itemId: item.id, locationId: byCode.get(bin)!.id, quantity: opening, unitCostMinor, reference: 'Opening stock' },
      caller,
      {},
    );
  }
  for (const [sku, from, quantity, reference] of ISSUES) {
    await stock.issue({ itemId: itemIds.get(sku)!, locationId: byCode.get(from)!.id, quantity, reference }, caller, {});
  }
  return itemIds;
}

/** Each outlet keeps its own working stock; bars hold the drinks, the others water and coffee. */
async function stockOutlet({ stock }: Services, outlet: Outlet, at: LocationEntity, itemIds: Map<string, string>, caller: Caller) {
  const isBar = /BAR|LOUNGE|PUB/i.test(outlet.kind);
  const par: [string, number][] = isBar
    ? [
        ['RT-WATER-550', 96],
        ['RT-COLA-330', 48],
        ['RT-TSINGTAO-330', 72],
        ['RT-WINE-RED', 24],
      ]
    : [
        ['RT-WATER-550', 48],
        ['IN-COFFEE-BEANS', 2.5],
        ['IN-MILK', 12],
      ];
  for (const [sku, quantity] of par) {
    await stock.receive({ itemId: itemIds.get(sku)!, locationId: at.id, quantity, reference: 'Opening stock' }, caller, {});
  }
  await stock.issue({ itemId: itemIds.get('RT-WATER-550')!, locationId: at.id, quantity: 12, reference: 'Service' }, caller, {});
}
