import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import type { EscalationRouted, PayloadOf } from '@hotelops/contracts';
import { groupByIds, type EventEnvelope, type ServiceDeps } from '@hotelops/kernel';
import { CaseEntity } from '../case/case.entity';
import { recordChange } from '../case-work/case-change';
import { CaseEscalationNoticeEntity } from './escalation-notice.entity';

/** The timeline's words for a notice: who was reached, at which level, or that nobody was. */
export function noticeText(e: PayloadOf<typeof EscalationRouted>): string {
  const fell = e.routedRole !== e.requestedRole ? ` (fell back from ${e.requestedRole})` : '';
  const who = e.notifiedEmployeeId ? `${e.routedRole} notified${fell}` : `nobody on duty to notify up to ${e.routedRole}`;
  return `level ${e.level} escalation: ${who} — ${e.explanation}`;
}

/**
 * Care learns who its escalations reached: staffing owns who is on duty, care keeps the case and
 * records each answer on it (a notice and a NOTIFIED timeline entry), including "nobody on duty".
 */
export class EscalationNoticeService {
  constructor(private readonly deps: ServiceDeps) {}

  /** Runs in the inbox's transaction, once per event; a case care no longer has is logged and skipped. */
  async record(em: EntityManager, event: EventEnvelope<PayloadOf<typeof EscalationRouted>>): Promise<CaseEscalationNoticeEntity | null> {
    const e = event.data;
    if (await em.existsBy(CaseEscalationNoticeEntity, { sourceEventId: event.id })) return null;
    const c = await em.findOne(CaseEntity, { where: { id: e.caseId }, ...this.deps.db.forUpdate });
    if (!c || c.propertyId !== e.propertyId) {
      this.deps.logger.warn({ caseId: e.caseId, eventId: event.id }, 'escalation routed for a case care does not have');
      return null;
    }
    const notice = em.create(CaseEscalationNoticeEntity, {
      id: randomUUID(),
      caseId: c.id,
      propertyId: c.propertyId,
      level: e.level,
      requestedRole: e.requestedRole,
      routedRole: e.routedRole,
      notifiedEmployeeId: e.notifiedEmployeeId,
      explanation: e.explanation,
      routedAt: new Date(e.routedAt),
      sourceEventId: event.id,
    });
    await em.insert(CaseEscalationNoticeEntity, notice);
    await recordChange(em, c, this.deps.clock.now(), {
      action: 'NOTIFIED',
      fromStatus: null,
      toStatus: null,
      actorId: null,
      assigneeId: e.notifiedEmployeeId,
      text: noticeText(e),
    });
    await em.update(CaseEntity, { id: c.id }, { version: c.version, updatedAt: c.updatedAt });
    return notice;
  }

  /** Notices of many cases in one query, each case's oldest first; in input order. */
  async ofCases(caseIds: readonly string[]): Promise<CaseEscalationNoticeEntity[][]> {
    const rows = await this.deps.db.manager.find(CaseEscalationNoticeEntity, {
      where: { caseId: In([...caseIds]) },
      order: { routedAt: 'ASC', level: 'ASC' },
    });
    return groupByIds(caseIds, rows, (n) => n.caseId);
  }
}
