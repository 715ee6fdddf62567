import type { Caller } from '@hotelops/kernel';
import type { InventoryServices as Services } from '../composition';
import type { LocationEntity } from '../location/location.entity';

/** [code, name, lead time days, [sku, unit, price per unit (fen), minimum order]] */
const SUPPLIERS: [string, string, number, [string, string, number, number][]][] = [
  [
    'SUP-FRESH',
    '鲜达食品 Fresh Foods Co.',
    1,
    [
      ['IN-SALMON', 'kg', 17500, 5],
      ['IN-BEEF-TENDERLOIN', 'kg', 15800, 5],
      ['IN-EGGS', 'each', 85, 360],
      ['IN-MILK', 'L', 1150, 24],
    ],
  ],
  [
    'SUP-LINEN',
    '华纺布草 Huafang Linen',
    7,
    [
      ['LN-BATH-TOWEL', 'each', 3700, 50],
      ['LN-SHEET-KING', 'each', 9300, 20],
      ['AM-SHAMPOO-30', 'case', 8000, 2],
      ['AM-SOAP-40', 'case', 6500, 2],
    ],
  ],
  [
    'SUP-DRINKS',
    '青岛饮料 Qingdao Beverages',
    3,
    [
      ['RT-WATER-550', 'case', 2640, 10],
      ['RT-TSINGTAO-330', 'case', 10200, 5],
    ],
  ],
];

/**
 * The depth of the demo store: suppliers with prices, a delivery received against an order with
 * a weight deduction and a rejected box, an order sent and open, a draft from the replenishment
 * suggestions, linen in transit to the linen room, a finished cycle count with its variance and a
 * damaged-goods report awaiting disposal.
 */
export async function seedDepth(
  s: Services,
  propertyId: string,
  byCode: Map<string, LocationEntity>,
  itemIds: Map<string, string>,
  caller: Caller,
) {
  const id = (sku: string) => itemIds.get(sku)!;
  const loc = (code: string) => byCode.get(code)!.id;
  for (const [sku, factor] of [
    ['AM-SHAMPOO-30', 100],
    ['AM-SOAP-40', 200],
    ['RT-WATER-550', 24],
    ['RT-TSINGTAO-330', 24],
  ] as const) {
    await s.items.setUnit(id(sku), { unit: 'case', factor }, caller);
  }
  const suppliers = new Map<string, string>();
  for (const [code, name, leadTimeDays, prices] of SUPPLIERS) {
    const sup = await s.suppliers.create({ propertyId, code, name, leadTimeDays, currency: 'CNY', contact: null }, caller);
    suppliers.set(code, sup.id);
    for (const [sku, unit, priceMinor, minOrderQuantity] of prices) {
      await s.suppliers.setPrice({ supplierId: sup.id, itemId: id(sku), unit, priceMinor, minOrderQuantity }, caller);
    }
  }
  const main = loc('MAIN');

  // Fresh fish on ice: 26 kg gross − 1.2 kg ice − 0.8 kg boxes = 24 kg; one 2 kg box refused warm.
  const fresh = await s.purchasing.create(
    {
      supplierId: suppliers.get('SUP-FRESH')!,
      locationId: main,
      lines: [
        { itemId: id('IN-SALMON'), unit: 'kg', quantity: 22 },
        { itemId: id('IN-EGGS'), unit: 'each', quantity: 720 },
      ],
    },
    caller,
  );
  await s.purchasing.approve(fresh.id, caller);
  await s.purchasing.transition(fresh.id, 'send', caller);
  const lines = await s.purchasing.linesOf([fresh.id]);
  const salmonLine = lines.find((l) => l.itemId === id('IN-SALMON'))!;
  await s.receiving.receive(
    {
      purchaseOrderId: fresh.id,
      deliveryNote: 'XD-20418',
      quality: { temperatureC: 1.8, packagingOk: true, expiryOk: true, note: 'One box at 7 °C refused' },
      lines: [
        {
          purchaseOrderLineId: salmonLine.id,
          delivered: 26,
          deductions: [
            { kind: 'ICE', weight: 1.2 },
            { kind: 'PACKAGING', weight: 0.8 },
          ],
          rejected: 2,
          rejectReason: 'TEMPERATURE',
          binId: loc('MAIN-C01'),
          lot: 'SAL-1130',
        },
      ],
    },
    caller,
    {},
  );

  // Two kilos of the salmon sent back soft against its order line; the replacement is due (换货)
  await s.exchanges.start(
    { purchaseOrderLineId: salmonLine.id, locationId: loc('MAIN-C01'), quantity: 2, reason: 'Soft flesh' },
    caller,
    {},
  );

  // Linen ordered and on its way
  const linen = await s.purchasing.create(
    {
      supplierId: suppliers.get('SUP-LINEN')!,
      locationId: main,
      expectedOn: null,
      lines: [{ itemId: id('LN-BATH-TOWEL'), unit: 'each', quantity: 120 }],
    },
    caller,
  );
  await s.purchasing.approve(linen.id, caller);
  await s.purchasing.transition(linen.id, 'send', caller);

  // Whatever else is at or below its reorder point: drafts from the suggestions, for review
  await s.replenishment.draftOrders(propertyId, main, caller).catch(() => undefined);

  // Dental kits and slippers on their way from the store to the housekeeping linen room
  await s.transfers.send(
    {
      fromLocationId: loc('MAIN-A02'),
      toLocationId: loc('HK-LINEN'),
      lines: [
        { itemId: id('AM-DENTAL-KIT'), quantity: 200 },
        { itemId: id('AM-SLIPPERS'), quantity: 100 },
      ],
    },
    caller,
    {},
  );

  // Shampoo to the linen room arrived four short: the four stay in transit for the store manager
  const shampoo = await s.transfers.send(
    { fromLocationId: loc('MAIN-A02'), toLocationId: loc('HK-LINEN'), lines: [{ itemId: id('AM-SHAMPOO-30'), quantity: 48 }] },
    caller,
    {},
  );
  await s.transfers.receive(shampoo.id, [{ itemId: id('AM-SHAMPOO-30'), quantity: 44, reason: 'Torn carton' }], caller, {});

  // A finished cycle count of the beverage cage: two cans of cola short, a bottle of wine found
  const count = await s.counts.open(
    { propertyId, kind: 'CYCLE', locationIds: [loc('MAIN-B01')], blind: true, recountThresholdPercent: 5 },
    caller,
  );
  const sheet = await s.counts.lines(count.id);
  const counted = sheet.map((l) => ({
    locationId: l.locationId,
    itemId: l.itemId,
    counted: l.itemId === id('RT-COLA-330') ? l.expected - 2 : l.itemId === id('RT-WINE-RED') ? l.expected + 1 : l.expected,
  }));
  await s.counts.record(count.id, counted, caller);
  await s.counts.submit(count.id, caller);
  await s.counts.approve(count.id, caller, {});

  // Housekeeping use per occupied room-night of every room type on the books (reservations' demo
  // stays reach inventory's forecast before this seed): the night audit books it, parForecast
  // compares the next 14 nights' need with the linen room.
  const roomTypes: { room_type_id: string }[] = await s.forecast.roomTypesOnTheBooks(propertyId);
  for (const { room_type_id: roomTypeId } of roomTypes) {
    for (const [sku, perOccupiedNight] of [
      ['LN-BATH-TOWEL', 2],
      ['LN-PILLOWCASE', 2],
      ['AM-SHAMPOO-30', 1],
      ['AM-DENTAL-KIT', 2],
    ] as const) {
      await s.consumption.setHousekeepingPar({ itemId: id(sku), roomTypeId, locationId: loc('HK-LINEN'), perOccupiedNight }, caller);
    }
  }

  // A case of water dropped on the dock, waiting for the manager's disposal decision
  await s.damage.report(
    { itemId: id('RT-WATER-550'), locationId: loc('MAIN-B01'), quantity: 6, reason: 'BREAKAGE', note: 'Dropped at the dock' },
    caller,
  );
}
