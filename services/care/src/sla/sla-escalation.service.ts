import { In, type EntityManager } from 'typeorm';
import { CaseEscalated } from '@hotelops/contracts';
import type { ServiceDeps } from '@hotelops/kernel';
import { CaseEntity, CaseHistoryEntity } from '../case/case.entity';
import { historyEntry } from '../case/case-history';
import { refreshSla, slaStateOf } from './case-sla';
import { ESCALATED_TO, ESCALATION_TIERS, levelDue } from './sla.rules';

export interface SweepResult {
  ranAt: Date;
  /** Cases that moved up at least one tier. */
  casesEscalated: number;
  /** Tiers crossed in all (one CaseEscalated event each). */
  escalations: number;
}

/** Cases locked and escalated per transaction: bounds lock time and memory on a large backlog. */
const BATCH = 500;

/**
 * The SLA escalation sweep. It reads only cases whose precomputed `next_escalation_at` has
 * passed (an index range scan), so its cost follows the number of cases that need escalating,
 * not the number of open cases.
 */
export class SlaEscalationService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Escalates every due case in the given properties (all when `propertyIds` is undefined). Safe to run concurrently. */
  async sweep(propertyIds?: readonly string[]): Promise<SweepResult> {
    const now = this.deps.clock.now();
    const result: SweepResult = { ranAt: now, casesEscalated: 0, escalations: 0 };
    const seen = new Set<string>();
    for (;;) {
      const qb = this.deps.db.manager
        .createQueryBuilder(CaseEntity, 'c')
        .select('c.id', 'id')
        .where('c.nextEscalationAt <= :now', { now: now.toISOString() })
        .orderBy('c.nextEscalationAt', 'ASC')
        .addOrderBy('c.id', 'ASC')
        .limit(BATCH);
      if (propertyIds) qb.andWhere('c.propertyId IN (:...p)', { p: propertyIds.length ? [...propertyIds] : [''] });
      const ids = (await qb.getRawMany<{ id: string }>()).map((r) => r.id).filter((id) => !seen.has(id));
      if (ids.length === 0) break;
      ids.forEach((id) => seen.add(id));
      await this.deps.db.transaction(async (em) => {
        const cases = await em.find(CaseEntity, { where: { id: In(ids) }, ...this.deps.db.forUpdate });
        for (const c of cases) {
          const steps = await this.escalate(em, c, now);
          if (steps > 0) result.casesEscalated += 1;
          result.escalations += steps;
        }
      });
    }
    return result;
  }

  /** Moves one locked case up to the level its clocks call for: a history entry and an event per tier. */
  private async escalate(em: EntityManager, c: CaseEntity, now: Date): Promise<number> {
    // Re-checked under the lock: a concurrent sweep or a reply may have got there first.
    if (!c.nextEscalationAt || c.nextEscalationAt > now) return 0;
    const due = levelDue(slaStateOf(c), now);
    const from = c.escalationLevel;
    const to = due?.level ?? from;
    const entries: CaseHistoryEntity[] = [];
    for (let level = from + 1; level <= to && due; level++) {
      c.version += 1;
      const escalatedTo = ESCALATED_TO[level] as 'care-supervisor' | 'duty-manager' | 'department-manager';
      const state = due.breached ? 'breached' : 'at risk';
      entries.push(
        historyEntry(c, now, {
          action: 'ESCALATED',
          fromStatus: null,
          toStatus: null,
          actorId: null,
          text: `escalated to ${ESCALATION_TIERS[level]}: ${due.clock} target ${due.dueAt.toISOString()} ${state}`,
        }),
      );
      await this.deps.outbox.add(
        em,
        CaseEscalated,
        {
          caseId: c.id,
          propertyId: c.propertyId,
          caseNumber: c.number,
          level,
          escalatedTo,
          clock: due.clock,
          dueAt: due.dueAt.toISOString(),
          breached: due.breached,
          assigneeId: c.assigneeId,
          escalatedAt: now.toISOString(),
        },
        { subject: c.id, propertyId: c.propertyId },
      );
    }
    c.escalationLevel = to;
    if (entries.length) c.updatedAt = now;
    refreshSla(c);
    await em.update(
      CaseEntity,
      { id: c.id },
      {
        escalationLevel: c.escalationLevel,
        version: c.version,
        updatedAt: c.updatedAt,
        nextEscalationAt: c.nextEscalationAt,
        slaDueAt: c.slaDueAt,
      },
    );
    if (entries.length) await em.insert(CaseHistoryEntity, entries);
    return entries.length;
  }
}
