import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { RequisitionRequested, type PayloadOf, type RequisitionStatusChanged } from '@hotelops/contracts';
import { DomainError, groupByIds, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { OutletService } from '../outlet/outlet.service';
import { RequisitionEntity, RequisitionLineEntity } from './requisition.entity';
import type { RequestSuppliesInput } from './requisition.type';

/** 提货单 / 采购申请: an outlet asks the store for supplies; inventory's events report progress. */
export class RequisitionService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly outlets: OutletService,
  ) {}

  async request(input: RequestSuppliesInput, caller: Caller, meta: EventMeta): Promise<RequisitionEntity> {
    if (!input.lines.length) throw new DomainError('INPUT.INVALID', 'A requisition needs at least one line', { field: 'lines' });
    if (new Set(input.lines.map((l) => l.inventoryItemId)).size !== input.lines.length)
      throw new DomainError('INPUT.INVALID', 'Each item appears once per requisition', { field: 'lines' });
    return this.deps.db.transaction(async (em) => {
      const outlet = await this.outlets.load(em, input.outletId, caller);
      const now = this.deps.clock.now();
      const req = em.create(RequisitionEntity, {
        id: randomUUID(),
        propertyId: outlet.propertyId,
        outletId: outlet.id,
        status: 'REQUESTED',
        requestedBy: caller.employeeId ?? null,
        neededBy: input.neededBy ?? null,
        note: input.note?.trim() || null,
        statusReason: null,
        requestedAt: now,
        updatedAt: now,
      });
      await em.insert(RequisitionEntity, req);
      const lines = input.lines.map((l) => ({
        id: randomUUID(),
        requisitionId: req.id,
        inventoryItemId: l.inventoryItemId,
        quantity: l.quantity,
        picked: 0,
        delivered: 0,
      }));
      await em.insert(RequisitionLineEntity, lines);
      await this.deps.outbox.add(
        em,
        RequisitionRequested,
        {
          requisitionId: req.id,
          propertyId: req.propertyId,
          outletId: req.outletId,
          requestedBy: req.requestedBy,
          neededBy: req.neededBy,
          note: req.note,
          lines: lines.map((l) => ({ lineId: l.id, itemId: l.inventoryItemId, quantity: l.quantity })),
          requestedAt: now.toISOString(),
        },
        { subject: req.id, propertyId: req.propertyId },
        meta,
      );
      return req;
    });
  }

  /** Inventory's progress on a requisition: status and picked/delivered quantities per line. */
  async onStatusChanged(em: EntityManager, e: PayloadOf<typeof RequisitionStatusChanged>) {
    const req = await em.findOne(RequisitionEntity, { where: { id: e.requisitionId }, ...this.deps.db.forUpdate });
    if (!req) return;
    for (const l of e.lines)
      await em.update(RequisitionLineEntity, { id: l.lineId, requisitionId: req.id }, { picked: l.picked, delivered: l.delivered });
    Object.assign(req, { status: e.status, statusReason: e.reason, updatedAt: new Date(e.changedAt) });
    await em.save(RequisitionEntity, req);
  }

  async list(outletId: string, caller: Caller) {
    await this.outlets.get(outletId, caller);
    return this.deps.db.manager.find(RequisitionEntity, { where: { outletId }, order: { requestedAt: 'DESC' }, take: 100 });
  }

  async linesOf(ids: readonly string[]) {
    const rows = await this.deps.db.manager.findBy(RequisitionLineEntity, { requisitionId: In([...ids]) });
    return groupByIds(ids, rows, (l) => l.requisitionId);
  }
}
