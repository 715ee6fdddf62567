import type { EntityManager } from 'typeorm';
import { StockFellLow, StockRanOut, StockReplenished } from '@hotelops/contracts';
import type { EventMeta, ServiceDeps } from '@hotelops/kernel';
import type { ItemEntity } from '../item/item.entity';
import type { LocationEntity } from '../location/location.entity';
import { stockSignal } from './stock.rules';

const CONTRACTS = { RAN_OUT: StockRanOut, FELL_LOW: StockFellLow, REPLENISHED: StockReplenished } as const;

/**
 * Publishes the low / out / replenished event a movement crossed into, in the movement's
 * transaction (F&B switches menu items off and on from them). Keyed by item, like StockMoved.
 */
export async function publishStockSignal(
  deps: ServiceDeps,
  em: EntityManager,
  item: ItemEntity,
  location: LocationEntity,
  before: number,
  after: number,
  meta: EventMeta,
): Promise<void> {
  const signal = stockSignal(before, after, item.reorderPoint);
  if (!signal) return;
  await deps.outbox.add(
    em,
    CONTRACTS[signal],
    {
      propertyId: item.propertyId,
      itemId: item.id,
      sku: item.sku,
      itemName: item.name,
      locationId: location.id,
      outletId: location.outletId,
      onHand: after,
      unit: item.unit,
      reorderPoint: item.reorderPoint,
      at: deps.clock.now().toISOString(),
    },
    { subject: item.id, propertyId: item.propertyId },
    meta,
  );
}
