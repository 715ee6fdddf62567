import { randomUUID } from 'node:crypto';
import {
  DomainError,
  notFound,
  transitionAggregate,
  type Caller,
  type EventMeta,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { ItemEntity } from '../item/item.entity';
import { LocationEntity } from '../location/location.entity';
import type { LedgerPoster } from '../stock/ledger-poster';
import { quantityProblem } from '../stock/stock.rules';
import { WriteOffEntity } from './damage.entity';
import { WRITE_OFF_MACHINE, type WriteOffReason, type WriteOffStatus } from './damage.rules';

export const WRITE_OFF: StatefulKind<WriteOffEntity, WriteOffStatus, 'dispose' | 'reject'> = {
  entity: WriteOffEntity,
  notFound: 'WRITE_OFF.NOT_FOUND',
  noun: 'Write-off',
  machine: WRITE_OFF_MACHINE,
  invalidTransition: 'WRITE_OFF.INVALID_TRANSITION',
};

/** Damaged goods (残损): reported by anyone who handles stock, disposed of on approval (posting WRITE_OFF). */
export class DamageService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly poster: LedgerPoster,
  ) {}

  report(input: { itemId: string; locationId: string; quantity: number; reason: WriteOffReason; note?: string | null }, caller: Caller) {
    const problem = quantityProblem(input.quantity);
    if (problem) throw new DomainError('STOCK.INVALID_QUANTITY', problem, { field: 'quantity' });
    return this.deps.db.transaction(async (em) => {
      const item = await em.findOneBy(ItemEntity, { id: input.itemId });
      if (!item) throw notFound('ITEM.NOT_FOUND', 'Item', input.itemId);
      caller.assertProperty(item.propertyId);
      if (!(await em.existsBy(LocationEntity, { id: input.locationId, propertyId: item.propertyId }))) {
        throw notFound('LOCATION.NOT_FOUND', 'Location', input.locationId);
      }
      const now = this.deps.clock.now();
      const row = em.create(WriteOffEntity, {
        id: randomUUID(),
        propertyId: item.propertyId,
        ...input,
        note: input.note ?? null,
        status: 'REPORTED',
        disposal: null,
        reportedBy: caller.employeeId ?? null,
        decidedBy: null,
        createdAt: now,
        updatedAt: now,
      });
      await em.insert(WriteOffEntity, row);
      return row;
    });
  }

  /** Approves disposal: the goods leave the ledger as WRITE_OFF with the report's reason. */
  dispose(id: string, disposal: string, caller: Caller, meta: EventMeta) {
    return transitionAggregate(this.deps, WRITE_OFF, id, 'dispose', caller, async (em, w) => {
      await this.poster.post(
        em,
        {
          kind: 'WRITE_OFF',
          itemId: w.itemId,
          locationId: w.locationId,
          quantity: w.quantity,
          reason: w.reason,
          documentId: w.id,
          reference: disposal.slice(0, 200),
        },
        caller,
        meta,
      );
      w.disposal = disposal;
      w.decidedBy = caller.employeeId ?? null;
    });
  }

  reject(id: string, caller: Caller) {
    return transitionAggregate(this.deps, WRITE_OFF, id, 'reject', caller, async (_em, w) => {
      w.decidedBy = caller.employeeId ?? null;
    });
  }

  list(propertyId: string, caller: Caller, status?: WriteOffStatus) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(WriteOffEntity, {
      where: { propertyId, ...(status ? { status } : {}) },
      order: { createdAt: 'DESC' },
      take: 100,
    });
  }
}
