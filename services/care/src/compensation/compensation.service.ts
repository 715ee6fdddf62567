import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { CompensationApproved } from '@hotelops/contracts';
import {
  DomainError,
  groupByIds,
  notFound,
  paginate,
  transitionAggregate,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import { CaseEntity } from '../case/case.entity';
import type { StayDirectoryService } from '../stay/stay.service';
import { CompensationEntity, CompensationLimitsEntity } from './compensation.entity';
import {
  COMPENSATION_MACHINE,
  DEFAULT_LIMITS,
  alreadyDecided,
  amountProblem,
  formatAmount,
  limitOf,
  limitsProblem,
  requiredTier,
  tierOf,
  type ApprovalLimits,
  type CompensationAction,
  type CompensationStatus,
} from './compensation.rules';

export interface CompensationProposal {
  caseId: string;
  amountMinor: number;
  currency: string;
  reason: string;
}

const ROLE_NAME = { AGENT: 'care agent', SUPERVISOR: 'care supervisor', MANAGER: 'duty or general manager' } as const;

const COMPENSATION: StatefulKind<CompensationEntity, CompensationStatus, CompensationAction> = {
  entity: CompensationEntity,
  notFound: 'COMPENSATION.NOT_FOUND',
  noun: 'Compensation',
  machine: COMPENSATION_MACHINE,
  invalidTransition: 'COMPENSATION.ALREADY_DECIDED',
  // Whoever decides second learns who decided first, and when.
  refused: (comp) =>
    new DomainError('COMPENSATION.ALREADY_DECIDED', `Compensation ${comp.id} ${alreadyDecided(comp)}`, {
      status: comp.status,
      decidedBy: comp.decidedBy,
      decidedAt: comp.decidedAt?.toISOString(),
    }),
};

export class CompensationService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly stays: StayDirectoryService,
  ) {}

  async limits(propertyId: string, caller: Caller): Promise<ApprovalLimits & { propertyId: string }> {
    caller.assertProperty(propertyId);
    return { propertyId, ...(await this.limitsIn(this.deps.db.manager, propertyId)) };
  }

  async setLimits(propertyId: string, limits: ApprovalLimits, caller: Caller): Promise<ApprovalLimits & { propertyId: string }> {
    caller.assertProperty(propertyId);
    const problem = limitsProblem(limits);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    await this.deps.db.transaction(async (em) => {
      await em.upsert(
        CompensationLimitsEntity,
        { propertyId, ...limits, updatedAt: this.deps.clock.now(), updatedBy: caller.employeeId ?? null },
        ['propertyId'],
      );
    });
    return { propertyId, ...limits };
  }

  /** Anyone working cases may propose; the amount decides who must approve. The case must concern a stay. */
  propose(p: CompensationProposal, caller: Caller): Promise<CompensationEntity> {
    const problem = amountProblem(p.amountMinor, p.currency);
    if (problem) throw new DomainError('INPUT.INVALID', problem);
    const reason = p.reason.trim();
    if (!reason) throw new DomainError('INPUT.INVALID', 'reason must not be empty', { field: 'reason' });
    return this.deps.db.transaction(async (em) => {
      const c = await em.findOneBy(CaseEntity, { id: p.caseId });
      if (!c) throw notFound('CASE.NOT_FOUND', 'Case', p.caseId);
      caller.assertProperty(c.propertyId);
      if (!c.reservationId)
        throw new DomainError('COMPENSATION.NEEDS_RESERVATION', `Case ${c.number} is not linked to a stay: there is no folio to credit`, {
          caseId: c.id,
        });
      // Refused now what reservations would refuse later: an unknown stay, or a folio in another currency.
      await this.stays.creditable(em, c.reservationId, c.propertyId, p.currency);
      const now = this.deps.clock.now();
      const comp = em.create(CompensationEntity, {
        id: randomUUID(),
        propertyId: c.propertyId,
        caseId: c.id,
        reservationId: c.reservationId,
        amountMinor: p.amountMinor,
        currency: p.currency,
        reason,
        status: 'PROPOSED',
        requiredTier: requiredTier(p.amountMinor, await this.limitsIn(em, c.propertyId)),
        proposedBy: caller.employeeId ?? null,
        proposedAt: now,
        decidedBy: null,
        decidedAt: null,
        decisionNote: null,
        createdAt: now,
      });
      await em.insert(CompensationEntity, comp);
      return comp;
    });
  }

  /** Approves within the caller's limit and announces it once: the status check runs under the row lock. */
  approve(id: string, note: string | null, caller: Caller, meta: EventMeta): Promise<CompensationEntity> {
    return this.decide(id, 'approve', note, caller, async (em, comp, decidedBy) => {
      await this.deps.outbox.add(
        em,
        CompensationApproved,
        {
          compensationId: comp.id,
          caseId: comp.caseId,
          propertyId: comp.propertyId,
          reservationId: comp.reservationId,
          amount: { amountMinor: comp.amountMinor, currency: comp.currency },
          reason: comp.reason,
          approvedBy: decidedBy,
          approvedAt: comp.decidedAt!.toISOString(),
        },
        { subject: comp.id, propertyId: comp.propertyId },
        meta,
      );
    });
  }

  /** Rejecting takes the same authority as approving: the decision belongs to whoever may make it. */
  reject(id: string, reason: string, caller: Caller): Promise<CompensationEntity> {
    if (!reason.trim()) throw new DomainError('INPUT.INVALID', 'reason must not be empty', { field: 'reason' });
    return this.decide(id, 'reject', reason.trim(), caller, async () => undefined);
  }

  list(propertyId: string, caller: Caller, page: PageArgs, status?: CompensationStatus) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(CompensationEntity, 'x').where('x.propertyId = :propertyId', { propertyId });
    if (status) qb.andWhere('x.status = :status', { status });
    return paginate(qb, page);
  }

  /** Approved compensation that did not land on a folio, longest waiting first: someone must act on it. */
  watchlist(propertyId: string, caller: Caller, page: PageArgs) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager
      .createQueryBuilder(CompensationEntity, 'x')
      .where('x.propertyId = :propertyId AND x.status = :status', { propertyId, status: 'POSTING_FAILED' });
    return paginate(qb, page, { sortProperty: 'decidedAt', toParam: (v) => (v instanceof Date ? v.toISOString() : v) });
  }

  /** Compensations of many cases in one query, oldest first; in input order. */
  async ofCases(caseIds: readonly string[]): Promise<CompensationEntity[][]> {
    const rows = await this.deps.db.manager.find(CompensationEntity, {
      where: { caseId: In([...caseIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return groupByIds(caseIds, rows, (r) => r.caseId);
  }

  /** One decision through the kernel: the status check runs under the row lock, so two approvers cannot both win. */
  private decide(
    id: string,
    action: CompensationAction,
    note: string | null,
    caller: Caller,
    announce: (em: EntityManager, comp: CompensationEntity, decidedBy: string) => Promise<void>,
  ): Promise<CompensationEntity> {
    const decidedBy = caller.employeeId;
    if (!decidedBy) throw new DomainError('AUTH.FORBIDDEN', 'Deciding on compensation needs an employee identity');
    return transitionAggregate(this.deps, COMPENSATION, id, action, caller, async (em, comp, { at }) => {
      await this.assertWithinLimit(em, comp, caller);
      comp.decidedBy = decidedBy;
      comp.decidedAt = at;
      comp.decisionNote = note?.trim() || null;
      await announce(em, comp, decidedBy);
    });
  }

  /** Current limits apply: lowering a limit after a proposal still binds its approval (and its rejection). */
  private async assertWithinLimit(em: EntityManager, comp: CompensationEntity, caller: Caller): Promise<void> {
    const limits = await this.limitsIn(em, comp.propertyId);
    const tier = tierOf(caller.claims.roles);
    const limit = tier ? limitOf(tier, limits) : -1;
    if (comp.amountMinor <= limit) return;
    const needed = requiredTier(comp.amountMinor, limits);
    const own = tier ? `the ${ROLE_NAME[tier]} limit of ${formatAmount(limit, comp.currency)}` : 'what your roles may approve';
    throw new DomainError(
      'COMPENSATION.OVER_LIMIT',
      `Compensation of ${formatAmount(comp.amountMinor, comp.currency)} exceeds ${own}; a ${ROLE_NAME[needed]} must decide it`,
      { amountMinor: comp.amountMinor, limitMinor: tier ? limit : 0, requiredApprover: needed },
    );
  }

  private async limitsIn(em: EntityManager, propertyId: string): Promise<ApprovalLimits> {
    const row = await em.findOneBy(CompensationLimitsEntity, { propertyId });
    return row ? { agentLimitMinor: row.agentLimitMinor, supervisorLimitMinor: row.supervisorLimitMinor } : DEFAULT_LIMITS;
  }
}
