import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import {
  DomainError,
  notFound,
  transitionAggregate,
  transitionWithin,
  type Caller,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { nextDocumentNumber } from '../numbering/document-number';
import type { ItemService } from '../item/item.service';
import { LocationEntity } from '../location/location.entity';
import { SupplierEntity, SupplierPriceEntity } from '../supplier/supplier.entity';
import { PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchasing.entity';
import { PO_MACHINE, approvalLimit, belowMinimum, lineTotal, type PoAction, type PoStatus } from './purchasing.rules';

export const PURCHASE_ORDER: StatefulKind<PurchaseOrderEntity, PoStatus, PoAction> = {
  entity: PurchaseOrderEntity,
  notFound: 'PURCHASE_ORDER.NOT_FOUND',
  noun: 'Purchase order',
  machine: PO_MACHINE,
  invalidTransition: 'PURCHASE_ORDER.INVALID_TRANSITION',
};

export interface NewPurchaseOrder {
  supplierId: string;
  locationId: string;
  expectedOn?: string | null;
  tolerancePercent?: number;
  note?: string | null;
  lines: { itemId: string; unit: string; quantity: number }[];
}

/** Purchase orders: drafted at the supplier's prices, approved within the approver's limit, sent, received, closed. */
export class PurchasingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly items: ItemService,
  ) {}

  create(input: NewPurchaseOrder, caller: Caller): Promise<PurchaseOrderEntity> {
    return this.deps.db.transaction((em) => this.createWithin(em, input, caller));
  }

  async createWithin(em: EntityManager, input: NewPurchaseOrder, caller: Caller): Promise<PurchaseOrderEntity> {
    if (!input.lines.length) throw new DomainError('INPUT.INVALID', 'A purchase order needs at least one line', { field: 'lines' });
    const supplier = await em.findOneBy(SupplierEntity, { id: input.supplierId });
    if (!supplier) throw notFound('SUPPLIER.NOT_FOUND', 'Supplier', input.supplierId);
    caller.assertProperty(supplier.propertyId);
    const location = await em.findOneBy(LocationEntity, { id: input.locationId, propertyId: supplier.propertyId });
    if (!location) throw notFound('LOCATION.NOT_FOUND', 'Location', input.locationId);
    const items = new Map((await em.findBy(ItemEntity, { id: In(input.lines.map((l) => l.itemId)) })).map((i) => [i.id, i]));
    const id = randomUUID();
    const lines: PurchaseOrderLineEntity[] = [];
    for (const l of input.lines) {
      const item = items.get(l.itemId);
      if (!item || item.propertyId !== supplier.propertyId) throw notFound('ITEM.NOT_FOUND', 'Item', l.itemId);
      if (item.archivedAt) throw new DomainError('ITEM.ARCHIVED', `${item.name} (${item.sku}) is archived`, { itemId: item.id });
      const price = await em.findOneBy(SupplierPriceEntity, { supplierId: supplier.id, itemId: item.id, unit: l.unit });
      if (!price) {
        throw new DomainError('SUPPLIER.NO_PRICE', `${supplier.name} has no price for ${item.sku} per ${l.unit}`, {
          itemId: item.id,
          unit: l.unit,
        });
      }
      if (belowMinimum(l.quantity, price.minOrderQuantity)) {
        throw new DomainError(
          'PURCHASE_ORDER.BELOW_MINIMUM_ORDER',
          `${item.sku}: ${supplier.name} takes orders of at least ${price.minOrderQuantity} ${l.unit}, got ${l.quantity}`,
          { itemId: item.id, minimum: price.minOrderQuantity },
        );
      }
      const { factor } = await this.items.toStockUnits(em, item, l.quantity, l.unit);
      lines.push(
        em.create(PurchaseOrderLineEntity, {
          id: randomUUID(),
          purchaseOrderId: id,
          itemId: item.id,
          unit: l.unit,
          quantity: l.quantity,
          factor,
          unitPriceMinor: price.priceMinor,
          received: 0,
          rejected: 0,
        }),
      );
    }
    const now = this.deps.clock.now();
    const number = await nextDocumentNumber(em, supplier.propertyId, 'PO');
    const po = em.create(PurchaseOrderEntity, {
      id,
      propertyId: supplier.propertyId,
      number,
      supplierId: supplier.id,
      locationId: location.id,
      status: 'DRAFT',
      currency: supplier.currency,
      totalMinor: lines.reduce((s, l) => s + lineTotal(l.quantity, l.unitPriceMinor), 0),
      expectedOn: input.expectedOn ?? null,
      tolerancePercent: input.tolerancePercent ?? 5,
      createdBy: caller.employeeId ?? null,
      approvedBy: null,
      approvedAt: null,
      note: input.note ?? null,
      createdAt: now,
      updatedAt: now,
    });
    await em.insert(PurchaseOrderEntity, po);
    await em.insert(PurchaseOrderLineEntity, lines);
    return po;
  }

  /** Approval within the caller's limit (storekeeper 5,000.00, store manager 10,000.00, F&B manager 20,000.00, general manager any). */
  approve(id: string, caller: Caller) {
    return transitionAggregate(this.deps, PURCHASE_ORDER, id, 'approve', caller, async (_em, po, change) => {
      const limit = approvalLimit(caller.claims.roles);
      if (po.totalMinor > limit) {
        throw new DomainError(
          'PURCHASE_ORDER.OVER_APPROVAL_LIMIT',
          `${po.number} totals ${po.totalMinor} minor units, above your approval limit of ${limit}`,
          { total: po.totalMinor, limit },
        );
      }
      po.approvedBy = caller.employeeId ?? null;
      po.approvedAt = change.at;
    });
  }

  transition(id: string, action: 'send' | 'close' | 'cancel', caller: Caller) {
    return transitionAggregate(this.deps, PURCHASE_ORDER, id, action, caller);
  }

  /** Moves the order to PARTLY_RECEIVED or RECEIVED inside a receipt's transaction. */
  markReceived(em: EntityManager, id: string, complete: boolean, caller: Caller) {
    return transitionWithin(em, this.deps, PURCHASE_ORDER, id, complete ? 'receiveAll' : 'receivePart', caller);
  }

  async get(id: string, caller: Caller) {
    const po = await this.deps.db.manager.findOneBy(PurchaseOrderEntity, { id });
    if (!po) throw notFound('PURCHASE_ORDER.NOT_FOUND', 'Purchase order', id);
    caller.assertProperty(po.propertyId);
    return po;
  }

  list(propertyId: string, caller: Caller, status?: PoStatus) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(PurchaseOrderEntity, {
      where: { propertyId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }

  linesOf(ids: readonly string[]) {
    return this.deps.db.manager.find(PurchaseOrderLineEntity, { where: { purchaseOrderId: In([...ids]) }, order: { id: 'ASC' } });
  }
}
