import { paginate, type Caller, type PageArgs, type ServiceDeps } from '@hotelops/kernel';
import { CaseEntity } from '../case/case.entity';
import { slaViewOf } from './case-sla';

/** Reading the clocks as of now: one case's, and the duty manager's watchlist of cases falling due. */
export class SlaWatchService {
  constructor(private readonly deps: ServiceDeps) {}

  /** A case's clocks as a client sees them now; null when it has no SLA. */
  viewOf(c: CaseEntity) {
    return slaViewOf(c, this.deps.clock.now());
  }

  /**
   * Open cases whose next target falls within `withinMinutes` from now — breached ones first —
   * for the duty manager. Cases waiting on the guest are not on it: their clocks are stopped.
   */
  watchlist(propertyId: string, withinMinutes: number, caller: Caller, page: PageArgs) {
    caller.assertProperty(propertyId);
    const until = new Date(this.deps.clock.now().getTime() + withinMinutes * 60_000);
    const qb = this.deps.db.manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.propertyId = :propertyId', { propertyId })
      .andWhere('c.slaDueAt IS NOT NULL')
      .andWhere('c.slaDueAt <= :until', { until: until.toISOString() });
    return paginate(qb, page, { sortProperty: 'slaDueAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) });
  }
}
