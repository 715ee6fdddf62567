import { randomUUID } from 'node:crypto';
import {
  DomainError,
  lockForChange,
  notFound,
  transitionWithin,
  type Caller,
  type EventMeta,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { nextDocumentNumber } from '../numbering/document-number';
import { PurchaseOrderLineEntity } from '../purchasing/purchasing.entity';
import { PURCHASE_ORDER } from '../purchasing/purchasing.service';
import type { LedgerPoster } from '../stock/ledger-poster';
import { SupplierEntity } from '../supplier/supplier.entity';
import { toMilli } from '../quantity/quantity.rules';
import { VendorExchangeEntity } from './exchange.entity';
import { EXCHANGE_MACHINE, replace, replacementCost, type ExchangeAction, type ExchangeStatus } from './exchange.rules';

export const EXCHANGE: StatefulKind<VendorExchangeEntity, ExchangeStatus, ExchangeAction> = {
  entity: VendorExchangeEntity,
  notFound: 'EXCHANGE.NOT_FOUND',
  noun: 'Vendor exchange',
  machine: EXCHANGE_MACHINE,
  invalidTransition: 'EXCHANGE.INVALID_TRANSITION',
};

export interface NewExchange {
  purchaseOrderLineId: string;
  /** where the goods are taken from (default: the order's location) */
  locationId?: string | null;
  /** stock units */
  quantity: number;
  reason: string;
}

export interface Replacement {
  quantity: number;
  /** where the replacement goes (default: where the goods were taken from) */
  binId?: string | null;
  lot?: string | null;
  expiresOn?: string | null;
}

/**
 * Vendor exchanges (换货): goods go back against the order line they were received on
 * (RETURN_TO_VENDOR, valued at the moving average) and the supplier's replacement comes in
 * against the same exchange (RECEIPT at the order line's price, so the average stays true).
 * The order's received quantity does not change: an exchange swaps, it does not deliver.
 */
export class ExchangeService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
  ) {}

  start(input: NewExchange, caller: Caller, meta: EventMeta): Promise<VendorExchangeEntity> {
    return this.deps.db.transaction(async (em) => {
      const line = await em.findOneBy(PurchaseOrderLineEntity, { id: input.purchaseOrderLineId });
      if (!line) throw notFound('EXCHANGE.ORDER_LINE_NOT_FOUND', 'Purchase order line', input.purchaseOrderLineId);
      const po = await lockForChange(em, this.deps.db, PURCHASE_ORDER, line.purchaseOrderId, caller);
      if (toMilli(input.quantity) > toMilli(line.received)) {
        throw new DomainError(
          'EXCHANGE.MORE_THAN_RECEIVED',
          `${po.number}: ${input.quantity} cannot be exchanged, ${line.received} was received on that line`,
          { field: 'quantity', received: line.received },
        );
      }
      const id = randomUUID();
      const number = await nextDocumentNumber(em, po.propertyId, 'EX');
      const locationId = input.locationId ?? po.locationId;
      await this.poster.post(
        em,
        {
          kind: 'RETURN_TO_VENDOR',
          itemId: line.itemId,
          locationId,
          quantity: input.quantity,
          documentId: id,
          reference: `${number} / ${po.number}`,
          reason: input.reason.slice(0, 40),
        },
        caller,
        meta,
      );
      const now = this.deps.clock.now();
      const exchange = em.create(VendorExchangeEntity, {
        id,
        propertyId: po.propertyId,
        number,
        supplierId: po.supplierId,
        purchaseOrderId: po.id,
        purchaseOrderLineId: line.id,
        itemId: line.itemId,
        locationId,
        status: 'AWAITING_REPLACEMENT',
        returned: input.quantity,
        replaced: 0,
        reason: input.reason.slice(0, 40),
        createdBy: caller.employeeId ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(VendorExchangeEntity, exchange);
      return exchange;
    });
  }

  receiveReplacement(id: string, r: Replacement, caller: Caller, meta: EventMeta): Promise<VendorExchangeEntity> {
    return this.deps.db.transaction(async (em) => {
      const current = await lockForChange(em, this.deps.db, EXCHANGE, id, caller);
      const next = replace(current, r.quantity);
      if (!next.ok && current.status !== 'REPLACED') {
        throw new DomainError('EXCHANGE.OVER_REPLACED', `${current.number}: ${r.quantity} replaced, only ${next.owed} is owed`, {
          field: 'quantity',
          owed: next.owed,
        });
      }
      return transitionWithin(em, this.deps, EXCHANGE, id, next.ok ? next.action : 'replaceAll', caller, async (em2, x) => {
        const line = await em2.findOneByOrFail(PurchaseOrderLineEntity, { id: x.purchaseOrderLineId });
        const supplier = await em2.findOneByOrFail(SupplierEntity, { id: x.supplierId });
        await this.poster.post(
          em2,
          {
            kind: 'RECEIPT',
            itemId: x.itemId,
            locationId: r.binId ?? x.locationId,
            quantity: r.quantity,
            unitCost: replacementCost(line),
            currency: supplier.currency,
            documentId: x.id,
            reference: `${x.number} replacement`,
            lot: r.lot ?? null,
            expiresOn: r.expiresOn ?? null,
          },
          caller,
          meta,
        );
        if (next.ok) x.replaced = next.replaced;
      });
    });
  }

  list(propertyId: string, caller: Caller, purchaseOrderId?: string) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(VendorExchangeEntity, {
      where: { propertyId, ...(purchaseOrderId ? { purchaseOrderId } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }
}
