import { In, type EntityManager } from 'typeorm';
import { RequisitionStatusChanged, type PayloadOf, type RequisitionRequested } from '@hotelops/contracts';
import { DomainError, lockForChange, notFound, type Caller, type EventMeta, type ServiceDeps, type StatefulKind } from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import { RequisitionEntity, type TransferEntity } from '../transfer/transfer.entity';
import type { TransferService } from '../transfer/transfer.service';
import { REQUISITION_MACHINE, isShort, type RequisitionStatus } from '../transfer/transfer.rules';

export const REQUISITION: StatefulKind<RequisitionEntity, RequisitionStatus, (typeof REQUISITION_MACHINE.actions)[number]> = {
  entity: RequisitionEntity,
  notFound: 'REQUISITION.NOT_FOUND',
  noun: 'Requisition',
  machine: REQUISITION_MACHINE,
  invalidTransition: 'REQUISITION.INVALID_TRANSITION',
};

/**
 * Outlets' requisitions (提货单) from F&B's RequisitionRequested: accepted (or rejected with the
 * reason, so the outlet learns it), picked into a transfer to the outlet's location, delivered
 * when the transfer is received. Every step is a RequisitionStatusChanged through the outbox.
 */
export class RequisitionService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly transfers: TransferService,
  ) {}

  async onRequested(em: EntityManager, r: PayloadOf<typeof RequisitionRequested>, meta: EventMeta) {
    if (await em.existsBy(RequisitionEntity, { id: r.requisitionId })) return;
    const location = await em.findOneBy(LocationEntity, { propertyId: r.propertyId, outletId: r.outletId, kind: 'OUTLET' });
    const known = await em.countBy(ItemEntity, { id: In(r.lines.map((l) => l.itemId)), propertyId: r.propertyId });
    const reason = !location
      ? 'The outlet has no stock location in inventory'
      : known !== new Set(r.lines.map((l) => l.itemId)).size
        ? 'The requisition names items the store does not stock'
        : null;
    const now = this.deps.clock.now();
    const req = em.create(RequisitionEntity, {
      id: r.requisitionId,
      propertyId: r.propertyId,
      outletId: r.outletId,
      locationId: location?.id ?? null,
      status: reason ? 'REJECTED' : 'ACCEPTED',
      lines: r.lines.map((l) => ({ lineId: l.lineId, itemId: l.itemId, requested: l.quantity, picked: 0, delivered: 0 })),
      reason,
      neededBy: r.neededBy,
      requestedAt: new Date(r.requestedAt),
      updatedAt: now,
    });
    await em.insert(RequisitionEntity, req);
    await this.announce(em, req, meta);
  }

  /** Picks the requisition from a store location: a transfer to the outlet, now in transit. */
  fulfil(id: string, fromLocationId: string, picked: { lineId: string; quantity: number }[], caller: Caller, meta: EventMeta) {
    return this.deps.db.transaction(async (em) => {
      const req = await this.transition(em, id, 'pick', caller);
      for (const p of picked) {
        const line = req.lines.find((l) => l.lineId === p.lineId);
        if (!line) throw notFound('REQUISITION.NOT_FOUND', 'Requisition line', p.lineId);
        line.picked = p.quantity;
      }
      const lines = req.lines.filter((l) => l.picked > 0).map((l) => ({ itemId: l.itemId, quantity: l.picked }));
      if (!lines.length)
        throw new DomainError('INPUT.INVALID', 'Pick at least one line; reject the requisition otherwise', { field: 'lines' });
      const transfer = await this.transfers.sendWithin(
        em,
        { fromLocationId, toLocationId: req.locationId!, lines, requisitionId: req.id },
        caller,
        meta,
      );
      await em.save(RequisitionEntity, req);
      await this.announce(em, req, meta);
      return transfer;
    });
  }

  reject(id: string, reason: string, caller: Caller, meta: EventMeta) {
    return this.deps.db.transaction(async (em) => {
      const req = await this.transition(em, id, 'reject', caller);
      req.reason = reason;
      await em.save(RequisitionEntity, req);
      await this.announce(em, req, meta);
      return req;
    });
  }

  /** Called in the transfer's receiving transaction: the outlet got what was picked. */
  async delivered(em: EntityManager, t: TransferEntity, caller: Caller, meta: EventMeta) {
    if (!t.requisitionId) return;
    const req = await lockForChange(em, this.deps.db, REQUISITION, t.requisitionId, caller);
    for (const l of req.lines) l.delivered = t.lines.find((x) => x.itemId === l.itemId)?.received ?? 0;
    const next = REQUISITION_MACHINE.transition(req.status, isShort(req.lines) ? 'deliverShort' : 'deliver');
    if (!next.ok) return;
    req.status = next.to;
    req.updatedAt = this.deps.clock.now();
    await em.save(RequisitionEntity, req);
    await this.announce(em, req, meta);
  }

  list(propertyId: string, caller: Caller, status?: RequisitionStatus) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(RequisitionEntity, {
      where: { propertyId, ...(status ? { status } : {}) },
      order: { requestedAt: 'DESC' },
      take: 100,
    });
  }

  private async transition(em: EntityManager, id: string, action: 'pick' | 'reject', caller: Caller) {
    const req = await lockForChange(em, this.deps.db, REQUISITION, id, caller);
    const next = REQUISITION_MACHINE.transition(req.status, action);
    if (!next.ok) {
      throw new DomainError('REQUISITION.INVALID_TRANSITION', `Requisition ${id}: ${next.reason}`, {
        status: next.from,
        allowedFrom: next.allowedFrom,
      });
    }
    req.status = next.to;
    req.updatedAt = this.deps.clock.now();
    return req;
  }

  private announce(em: EntityManager, req: RequisitionEntity, meta: EventMeta) {
    return this.deps.outbox.add(
      em,
      RequisitionStatusChanged,
      {
        requisitionId: req.id,
        propertyId: req.propertyId,
        outletId: req.outletId,
        status: req.status,
        lines: req.lines,
        reason: req.reason,
        changedAt: this.deps.clock.now().toISOString(),
      },
      { subject: req.id, propertyId: req.propertyId },
      meta,
    );
  }
}
