import { In, type EntityManager } from 'typeorm';
import { DomainError, lockForChange, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { CaseEntity } from '../case/case.entity';
import { CASE } from '../case/case.kind';
import { CASE_MACHINE, CASE_STATUSES, isOpen } from '../case/case.rules';
import { onStatusChange } from '../sla/case-sla';
import { actorOf, recordChange } from './case-change';

const OPEN_STATUSES = CASE_STATUSES.filter(isOpen);

/** The queues cases wait in: a team's, or back to everyone's when the assignee can no longer work them. */
export class CaseQueueService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Puts an open case in a team's queue (the team must belong to the case's property). */
  routeToTeam(caseId: string, team: { id: string; name: string; propertyId: string }, caller: Caller): Promise<CaseEntity> {
    return this.deps.db.transaction(async (em) => {
      const c = await lockForChange(em, this.deps.db, CASE, caseId, caller);
      if (team.propertyId !== c.propertyId) throw notFound('CARE_TEAM.NOT_FOUND', 'Care team', team.id);
      if (!isOpen(c.status))
        throw new DomainError('CASE.INVALID_TRANSITION', `Case ${c.number}: cannot route a case that is ${c.status}`, {
          status: c.status,
          caseId: c.id,
        });
      if (c.teamId === team.id) return c;
      c.teamId = team.id;
      const routed = { action: 'ROUTED', fromStatus: null, toStatus: null, text: `team: ${team.name}` } as const;
      await recordChange(em, c, this.deps.clock.now(), { ...routed, actorId: actorOf(caller) });
      return em.save(c);
    });
  }

  /** An employee left: their open cases go back to the queue, each with a history entry. */
  async returnCasesOf(em: EntityManager, employeeId: string): Promise<number> {
    const cases = await em.find(CaseEntity, {
      where: { assigneeId: employeeId, status: In(OPEN_STATUSES) },
      ...this.deps.db.forUpdate,
    });
    const now = this.deps.clock.now();
    for (const c of cases) {
      // Only ASSIGNED/IN_PROGRESS cases carry an assignee; anything else still goes back to NEW.
      const next = CASE_MACHINE.transition(c.status, 'release');
      const from = c.status;
      c.status = next.ok ? next.to : 'NEW';
      onStatusChange(c, from, c.status, now);
      c.assigneeId = null;
      await recordChange(em, c, now, {
        action: 'RETURNED',
        fromStatus: from,
        toStatus: c.status,
        actorId: null,
        assigneeId: employeeId,
        text: 'returned for reassignment: assignee left',
      });
      await em.save(c);
    }
    return cases.length;
  }
}
