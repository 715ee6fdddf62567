import { In, type EntityManager } from 'typeorm';
import { groupByIds, notFound, paginate, type Caller, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { CaseEntity, CaseHistoryEntity } from './case.entity';
import type { CaseKind, CaseStatus } from './case.rules';

export interface CaseFilter {
  status?: CaseStatus;
  kind?: CaseKind;
  assigneeId?: string;
  teamId?: string;
}

/** Reading cases: one case, a property's queue, and batches for references and list fields. */
export class CaseService {
  constructor(private readonly deps: ServiceDeps) {}

  async get(id: string, caller: Caller): Promise<CaseEntity> {
    const c = await this.deps.db.manager.findOneBy(CaseEntity, { id });
    if (!c) throw notFound('CASE.NOT_FOUND', 'Case', id);
    caller.assertProperty(c.propertyId);
    return c;
  }

  /** A case of `propertyId` inside a larger change; one of another property is not found. */
  async inProperty(em: EntityManager, id: string, propertyId: string): Promise<CaseEntity> {
    const c = await em.findOneBy(CaseEntity, { id });
    if (!c || c.propertyId !== propertyId) throw notFound('CASE.NOT_FOUND', 'Case', id);
    return c;
  }

  list(propertyId: string, caller: Caller, page: PageArgs, filter: CaseFilter) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(CaseEntity, 'c').where('c.propertyId = :propertyId', { propertyId });
    if (filter.status) qb.andWhere('c.status = :status', { status: filter.status });
    if (filter.kind) qb.andWhere('c.kind = :kind', { kind: filter.kind });
    if (filter.assigneeId) qb.andWhere('c.assigneeId = :assigneeId', { assigneeId: filter.assigneeId });
    if (filter.teamId) qb.andWhere('c.teamId = :teamId', { teamId: filter.teamId });
    return paginate(qb, page);
  }

  byIds(ids: readonly string[]): Promise<CaseEntity[]> {
    return this.deps.db.manager.findBy(CaseEntity, { id: In([...ids]) });
  }

  /** Cases of many reservations in one query, limited to the caller's properties; in input order. */
  async byReservationIds(reservationIds: readonly string[], caller: Caller): Promise<CaseEntity[][]> {
    if (!reservationIds.length) return [];
    const scope = caller.propertyScope();
    const rows = await this.deps.db
      .rows(CaseEntity)
      .where(
        `reservation_id IN (:...ids)${scope ? ' AND property_id IN (:...scope)' : ''}`,
        { ids: [...reservationIds], scope: scope?.length ? scope : [''] },
        'opened_at ASC, id ASC',
      );
    return groupByIds(reservationIds, rows, (c) => c.reservationId!);
  }

  /** Complaints about many outlets opened in [from, to), in one query; each outlet's oldest first. */
  async complaintsOfOutlets(outletIds: readonly string[], from: Date, to: Date, caller: Caller): Promise<CaseEntity[][]> {
    const qb = this.deps.db.manager
      .createQueryBuilder(CaseEntity, 'c')
      .where("c.outletId IN (:...ids) AND c.kind = 'COMPLAINT'", { ids: [...outletIds] })
      .andWhere('c.openedAt >= :from AND c.openedAt < :to', { from: from.toISOString(), to: to.toISOString() })
      .orderBy('c.openedAt', 'ASC')
      .addOrderBy('c.id', 'ASC');
    const scope = caller.propertyScope();
    if (scope) qb.andWhere('c.propertyId IN (:...scope)', { scope: scope.length ? scope : [''] });
    return groupByIds(outletIds, await qb.getMany(), (c) => c.outletId!);
  }

  /** Timelines of many cases in one query, oldest entry first; in input order. */
  async historyOf(caseIds: readonly string[]): Promise<CaseHistoryEntity[][]> {
    const rows = await this.deps.db.manager.find(CaseHistoryEntity, {
      where: { caseId: In([...caseIds]) },
      order: { caseId: 'ASC', seq: 'ASC' },
    });
    return groupByIds(caseIds, rows, (h) => h.caseId);
  }
}
