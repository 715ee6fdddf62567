import { StockFellLow, StockRanOut, StockReplenished } from '@hotelops/contracts';
import { DIALECTS, deliver, eventMessage, gqlOk, type RunningSubgraph } from '@hotelops/testing';
import { StockLowEntity } from '../src/menu/menu-item.entity';
import { PROPERTY, m, openRestaurant, server, startFnb, type Outlet } from './fnb-fixture';

const FLOUR = '9f000000-0000-4000-8000-000000000011';
const PORK = '9f000000-0000-4000-8000-000000000012';

const level = (outletId: string | null, itemId: string, onHand: number) => ({
  propertyId: PROPERTY,
  itemId,
  sku: itemId === PORK ? 'MEAT-PORK' : 'DRY-FLOUR',
  itemName: itemId === PORK ? 'Minced pork' : 'Flour',
  locationId: '8e000000-0000-4000-8000-000000000011',
  outletId,
  onHand,
  unit: 'kg',
  reorderPoint: 2,
  at: new Date().toISOString(),
});

/** Inventory's low-stock signal shown to servers on the menu items that need the ingredient. */
describe.each(DIALECTS)('fnb low stock on %s', (dialect) => {
  let sg: RunningSubgraph;
  let r: Outlet;
  const publish = (...msgs: Parameters<typeof deliver>[1][]) => deliver(sg.app.transport, ...msgs);
  const signal = (
    contract: typeof StockFellLow | typeof StockRanOut | typeof StockReplenished,
    outletId: string | null,
    itemId: string,
    onHand: number,
  ) => eventMessage(contract, level(outletId, itemId, onHand), { subject: itemId, propertyId: PROPERTY });
  /** What a server's menu says about the noodles (flour and pork) and the fish (no low ingredient). */
  const menu = async () => {
    const items = (
      await gqlOk(
        sg.url,
        `query($o: ID!) { menu(outletId: $o, category: "Mains") { id available runningLow lowStock { ingredients portionsLeft } } }`,
        { o: r.id },
        server(),
      )
    ).menu as { id: string; available: boolean; runningLow: boolean; lowStock: unknown }[];
    const of = (id: string) => {
      const { available, runningLow, lowStock } = items.find((i) => i.id === id)!;
      return { available, runningLow, lowStock };
    };
    return { noodles: of(r.item.noodles), fish: of(r.item.fish) };
  };

  beforeAll(async () => {
    sg = await startFnb(dialect);
    r = await openRestaurant(sg);
    await m(sg, `mutation($i: RecipeInput!) { setRecipe(input: $i) { version } }`, {
      i: {
        targetId: r.item.noodles,
        effectiveFrom: '2020-01-01',
        lines: [
          { inventoryItemId: FLOUR, quantity: 0.15, unit: 'kg' },
          { inventoryItemId: PORK, quantity: 0.08, unit: 'kg' },
        ],
      },
    });
  });
  afterAll(() => sg?.stop());

  it('flags the items using an ingredient that fell low at the outlet, once however often the event comes', async () => {
    const low = signal(StockFellLow, r.id, PORK, 0.4);
    await publish(low, low);
    await publish(signal(StockFellLow, null, FLOUR, 1)); // the main store running low is not the outlet's
    expect(await menu()).toEqual({
      noodles: { available: true, runningLow: true, lowStock: { ingredients: ['Minced pork'], portionsLeft: 5 } },
      fish: { available: true, runningLow: false, lowStock: null },
    });
    expect(await sg.app.deps.db.manager.countBy(StockLowEntity, { outletId: r.id })).toBe(1);
  });

  it('shows the item off when the ingredient runs out, low again after a small delivery, and clear after a full one', async () => {
    await publish(signal(StockRanOut, r.id, PORK, 0));
    expect((await menu()).noodles).toEqual({ available: false, runningLow: false, lowStock: null });
    await publish(signal(StockReplenished, r.id, PORK, 1)); // 0 → 1 kg: back on sale, still at or below the reorder point
    expect((await menu()).noodles).toEqual({
      available: true,
      runningLow: true,
      lowStock: { ingredients: ['Minced pork'], portionsLeft: 12 },
    });
    await publish(signal(StockReplenished, r.id, PORK, 10));
    expect((await menu()).noodles).toEqual({ available: true, runningLow: false, lowStock: null });
    expect(await sg.app.deps.db.manager.countBy(StockLowEntity, { outletId: r.id })).toBe(0);
  });
});
