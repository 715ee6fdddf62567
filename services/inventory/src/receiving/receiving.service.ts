import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, lockForChange, notFound, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { expiryFor } from '../item/item.rules';
import { LocationEntity } from '../location/location.entity';
import { fromMilli, toMilli } from '../quantity/quantity.rules';
import { PurchaseOrderLineEntity, ReceiptEntity, ReceiptLineEntity, type QualityCheck } from '../purchasing/purchasing.entity';
import { checkTolerance, netWeight, receivingKpis, type Deduction } from '../purchasing/purchasing.rules';
import { PURCHASE_ORDER, type PurchasingService } from '../purchasing/purchasing.service';
import { SupplierEntity } from '../supplier/supplier.entity';
import type { LedgerPoster } from '../stock/ledger-poster';
import type { PropertyDayService } from '../property-day/property-day.service';
import { roundCost } from '../valuation/valuation.rules';

export interface ReceivedLine {
  purchaseOrderLineId: string;
  /** delivered, in the order line's purchase unit; for weighed goods the gross weight */
  delivered: number;
  deductions?: Deduction[];
  /** of the net delivered, in the purchase unit: refused at the door */
  rejected?: number;
  rejectReason?: string | null;
  /** the bin it is put away to (default: the order's location) */
  binId?: string | null;
  lot?: string | null;
  expiresOn?: string | null;
}

export interface NewReceipt {
  purchaseOrderId: string;
  deliveryNote?: string | null;
  quality: QualityCheck;
  lines: ReceivedLine[];
}

/**
 * Receiving (收货) against a purchase order: per line the net of weight deductions, split into
 * accepted (posted as RECEIPT into the putaway bin at the order price) and rejected with a
 * reason; over-delivery beyond the order's tolerance is refused; the order moves to partly
 * received or received. All in one transaction: a refused line leaves nothing applied.
 */
export class ReceivingService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
    private readonly purchasing: PurchasingService,
    private readonly propertyDays: PropertyDayService,
  ) {}

  receive(input: NewReceipt, caller: Caller, meta: EventMeta): Promise<ReceiptEntity> {
    if (!input.lines.length) throw new DomainError('INPUT.INVALID', 'A receipt needs at least one line', { field: 'lines' });
    return this.deps.db.transaction(async (em) => {
      const po = await lockForChange(em, this.deps.db, PURCHASE_ORDER, input.purchaseOrderId, caller);
      const supplier = await em.findOneByOrFail(SupplierEntity, { id: po.supplierId });
      const poLines = new Map((await em.findBy(PurchaseOrderLineEntity, { purchaseOrderId: po.id })).map((l) => [l.id, l]));
      const now = this.deps.clock.now();
      const receiptId = randomUUID();
      const today = await this.propertyDays.today(po.propertyId, em);
      const receipt = em.create(ReceiptEntity, {
        id: receiptId,
        propertyId: po.propertyId,
        purchaseOrderId: po.id,
        supplierId: po.supplierId,
        deliveryNote: input.deliveryNote ?? null,
        onTime: po.expectedOn ? today <= po.expectedOn : null,
        quality: input.quality,
        receivedBy: caller.employeeId ?? null,
        receivedAt: now,
      });
      await em.insert(ReceiptEntity, receipt);
      const items = new Map((await em.findBy(ItemEntity, { id: In([...poLines.values()].map((l) => l.itemId)) })).map((i) => [i.id, i]));
      for (const [n, r] of input.lines.entries()) {
        const line = poLines.get(r.purchaseOrderLineId);
        if (!line)
          throw new DomainError('RECEIPT.LINE_NOT_ON_ORDER', `Line ${r.purchaseOrderLineId} is not on ${po.number}`, {
            field: `lines[${n}]`,
          });
        const item = items.get(line.itemId)!;
        const net = r.deductions?.length ? netWeight(r.delivered, r.deductions) : { ok: true as const, net: r.delivered, deducted: 0 };
        if (!net.ok) throw new DomainError('RECEIPT.BAD_WEIGHT', `${item.sku}: ${net.reason}`, { field: `lines[${n}].deductions` });
        const rejected = r.rejected ?? 0;
        if (rejected > 0 && !r.rejectReason) {
          throw new DomainError('RECEIPT.REASON_REQUIRED', `${item.sku}: a rejected quantity needs a reason`, {
            field: `lines[${n}].rejectReason`,
          });
        }
        if (toMilli(rejected) > toMilli(net.net)) {
          throw new DomainError('RECEIPT.BAD_WEIGHT', `${item.sku}: rejected ${rejected} is more than the ${net.net} delivered`, {
            field: `lines[${n}].rejected`,
          });
        }
        const toStock = (q: number) => fromMilli(toMilli(q * line.factor));
        const accepted = toStock(fromMilli(toMilli(net.net) - toMilli(rejected)));
        const tolerance = checkTolerance(toStock(line.quantity), line.received, accepted, po.tolerancePercent);
        if (!tolerance.ok) {
          throw new DomainError(
            'RECEIPT.OVER_TOLERANCE',
            `${item.sku}: accepting ${accepted} ${item.unit} would exceed ${po.number}'s order by more than ${po.tolerancePercent}% (at most ${tolerance.maxAcceptable} more)`,
            { field: `lines[${n}].delivered`, maxAcceptable: tolerance.maxAcceptable },
          );
        }
        const binId = r.binId ?? po.locationId;
        const bin = await em.findOneBy(LocationEntity, { id: binId, propertyId: po.propertyId });
        if (!bin) throw notFound('LOCATION.NOT_FOUND', 'Location', binId);
        const expiresOn = r.expiresOn ?? expiryFor(today, item.shelfLifeDays);
        if (accepted > 0) {
          await this.poster.post(
            em,
            {
              kind: 'RECEIPT',
              itemId: item.id,
              locationId: bin.id,
              quantity: accepted,
              unitCost: roundCost(line.unitPriceMinor / line.factor),
              currency: supplier.currency,
              documentId: receiptId,
              reference: `${po.number}${input.deliveryNote ? ` / ${input.deliveryNote}` : ''}`,
              lot: r.lot ?? null,
              expiresOn,
            },
            caller,
            meta,
          );
        }
        line.received = fromMilli(toMilli(line.received) + toMilli(accepted));
        line.rejected = fromMilli(toMilli(line.rejected) + toMilli(toStock(rejected)));
        await em.update(PurchaseOrderLineEntity, { id: line.id }, { received: line.received, rejected: line.rejected });
        await em.insert(ReceiptLineEntity, {
          id: randomUUID(),
          receiptId,
          purchaseOrderLineId: line.id,
          itemId: item.id,
          locationId: bin.id,
          delivered: toStock(net.net),
          deducted: toStock(net.deducted),
          accepted,
          rejected: toStock(rejected),
          rejectReason: r.rejectReason ?? null,
          deductions: r.deductions ?? [],
          lot: r.lot ?? null,
          expiresOn,
        });
      }
      const complete = [...poLines.values()].every((l) => {
        const t = checkTolerance(fromMilli(toMilli(l.quantity * l.factor)), l.received, 0, po.tolerancePercent);
        return t.ok && t.complete;
      });
      await this.purchasing.markReceived(em, po.id, complete, caller);
      return receipt;
    });
  }

  /** Goods sent back to the supplier (返厂), valued at the moving average. */
  returnToVendor(
    input: { supplierId: string; itemId: string; locationId: string; quantity: number; reason: string },
    caller: Caller,
    meta: EventMeta,
  ) {
    return this.deps.db.transaction(async (em) => {
      const supplier = await em.findOneBy(SupplierEntity, { id: input.supplierId });
      if (!supplier) throw notFound('SUPPLIER.NOT_FOUND', 'Supplier', input.supplierId);
      caller.assertProperty(supplier.propertyId);
      return this.poster.post(
        em,
        {
          kind: 'RETURN_TO_VENDOR',
          itemId: input.itemId,
          locationId: input.locationId,
          quantity: input.quantity,
          documentId: supplier.id,
          reference: `Return to ${supplier.code}`,
          reason: input.reason.slice(0, 40),
        },
        caller,
        meta,
      );
    });
  }

  receiptsOf(purchaseOrderId: string) {
    return this.deps.db.manager.find(ReceiptEntity, { where: { purchaseOrderId }, order: { receivedAt: 'ASC' } });
  }

  linesOf(receiptIds: readonly string[]) {
    return this.deps.db.manager.findBy(ReceiptLineEntity, { receiptId: In([...receiptIds]) });
  }

  /** On-time rate and rejection rate of a supplier's (or every supplier's) receipts in a period. */
  async kpis(propertyId: string, from: string, to: string, caller: Caller, supplierId?: string) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager
      .createQueryBuilder(ReceiptEntity, 'r')
      .innerJoin(ReceiptLineEntity, 'l', 'l.receiptId = r.id')
      .select('r.id', 'id')
      .addSelect('r.onTime', 'onTime')
      .addSelect('SUM(l.delivered)', 'delivered')
      .addSelect('SUM(l.rejected)', 'rejected')
      .where('r.propertyId = :propertyId AND r.receivedAt >= :from AND r.receivedAt < :to', { propertyId, from, to })
      .groupBy('r.id')
      .addGroupBy('r.onTime');
    if (supplierId) qb.andWhere('r.supplierId = :supplierId', { supplierId });
    const rows = await qb.getRawMany<{ onTime: boolean | number | null; delivered: string; rejected: string }>();
    return receivingKpis(
      rows.map((r) => ({
        onTime: r.onTime == null ? null : Boolean(r.onTime),
        delivered: Number(r.delivered),
        rejected: Number(r.rejected),
      })),
    );
  }
}
