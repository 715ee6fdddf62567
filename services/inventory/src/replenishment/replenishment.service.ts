import { In } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { ItemEntity, ItemUnitEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { PurchaseOrderEntity, PurchaseOrderLineEntity } from '../purchasing/purchasing.entity';
import type { PurchasingService } from '../purchasing/purchasing.service';
import { factorTo } from '../quantity/units.rules';
import { StockLedgerEntryEntity, StockLevelEntity } from '../stock/stock.entity';
import { SupplierEntity, SupplierPriceEntity } from '../supplier/supplier.entity';
import { bestSource, dailyUsage, suggest } from './replenishment.rules';

export interface ReplenishmentLine {
  itemId: string;
  onHand: number;
  onOrder: number;
  dailyUsage: number;
  shortfall: number;
  supplierId: string | null;
  unit: string | null;
  orderQuantity: number;
  orderStock: number;
}

const OPEN_PO = ['DRAFT', 'APPROVED', 'SENT', 'PARTLY_RECEIVED'];

/** Suggestions per item from the property's stock position and use, and the draft orders they become in one step. */
export class ReplenishmentService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly purchasing: PurchasingService,
  ) {}

  async suggestions(propertyId: string, caller: Caller, windowDays = 28): Promise<ReplenishmentLine[]> {
    caller.assertProperty(propertyId);
    const m = this.deps.db.manager;
    const items = await m
      .createQueryBuilder(ItemEntity, 'i')
      .where('i.propertyId = :propertyId AND i.archivedAt IS NULL AND i.parLevel > 0', { propertyId })
      .getMany();
    if (!items.length) return [];
    const ids = items.map((i) => i.id);
    const sums = async (rows: Promise<{ id: string; q: string | number }[]>) => new Map((await rows).map((r) => [r.id, Number(r.q)]));
    const onHand = await sums(
      m
        .createQueryBuilder(StockLevelEntity, 'l')
        .select('l.itemId', 'id')
        .addSelect('SUM(l.onHand)', 'q')
        .where('l.propertyId = :propertyId', { propertyId })
        .groupBy('l.itemId')
        .getRawMany(),
    );
    const since = new Date(this.deps.clock.now().getTime() - windowDays * 86_400_000);
    const used = await sums(
      m
        .createQueryBuilder(StockLedgerEntryEntity, 'e')
        .select('e.itemId', 'id')
        .addSelect('SUM(e.quantity)', 'q')
        .where("e.propertyId = :propertyId AND e.kind IN ('CONSUMPTION', 'ISSUE') AND e.createdAt >= :since", {
          propertyId,
          since: since.toISOString(),
        })
        .groupBy('e.itemId')
        .getRawMany(),
    );
    const onOrder = await sums(
      m
        .createQueryBuilder(PurchaseOrderLineEntity, 'pl')
        .innerJoin(PurchaseOrderEntity, 'po', 'po.id = pl.purchaseOrderId')
        .select('pl.itemId', 'id')
        .addSelect('SUM(pl.quantity * pl.factor - pl.received)', 'q')
        .where('po.propertyId = :propertyId AND po.status IN (:...open)', { propertyId, open: OPEN_PO })
        .groupBy('pl.itemId')
        .getRawMany(),
    );
    const prices = await m.findBy(SupplierPriceEntity, { itemId: In(ids) });
    const suppliers = new Map((await m.findBy(SupplierEntity, { propertyId })).map((s) => [s.id, s]));
    const units = await m.findBy(ItemUnitEntity, { itemId: In(ids) });
    const out: ReplenishmentLine[] = [];
    for (const item of items) {
      const sources = prices
        .filter((p) => p.itemId === item.id && suppliers.has(p.supplierId))
        .map((p) => ({
          ...p,
          factor:
            factorTo(
              item.unit,
              p.unit,
              units.filter((u) => u.itemId === item.id),
            ) ?? 0,
          leadTimeDays: suppliers.get(p.supplierId)!.leadTimeDays,
        }))
        .filter((p) => p.factor > 0);
      const source = bestSource(sources);
      const usage = dailyUsage(used.get(item.id) ?? 0, windowDays);
      const s = suggest({
        onHand: onHand.get(item.id) ?? 0,
        onOrder: onOrder.get(item.id) ?? 0,
        parLevel: item.parLevel,
        reorderPoint: item.reorderPoint,
        dailyUsage: usage,
        leadTimeDays: source?.leadTimeDays ?? 0,
        factor: source?.factor ?? 1,
        minOrder: source?.minOrderQuantity ?? 0,
      });
      if (!s.needed) continue;
      out.push({
        itemId: item.id,
        onHand: onHand.get(item.id) ?? 0,
        onOrder: onOrder.get(item.id) ?? 0,
        dailyUsage: usage,
        shortfall: s.shortfall,
        supplierId: source?.supplierId ?? null,
        unit: source?.unit ?? null,
        orderQuantity: s.orderQuantity,
        orderStock: s.orderStock,
      });
    }
    return out;
  }

  /** One draft purchase order per supplier for every suggestion that has one, delivered to `locationId`. */
  async draftOrders(propertyId: string, locationId: string, caller: Caller) {
    const lines = (await this.suggestions(propertyId, caller)).filter((l) => l.supplierId);
    if (!lines.length) throw new DomainError('PURCHASE_ORDER.NOTHING_TO_ORDER', 'No item needs ordering from a supplier with a price', {});
    return this.deps.db.transaction(async (em) => {
      if (!(await em.existsBy(LocationEntity, { id: locationId, propertyId })))
        throw notFound('LOCATION.NOT_FOUND', 'Location', locationId);
      const bySupplier = new Map<string, typeof lines>();
      for (const l of lines) bySupplier.set(l.supplierId!, [...(bySupplier.get(l.supplierId!) ?? []), l]);
      const orders = [];
      for (const [supplierId, ls] of bySupplier) {
        orders.push(
          await this.purchasing.createWithin(
            em,
            {
              supplierId,
              locationId,
              note: 'Replenishment suggestion',
              lines: ls.map((l) => ({ itemId: l.itemId, unit: l.unit!, quantity: l.orderQuantity })),
            },
            caller,
          ),
        );
      }
      return orders;
    });
  }
}
