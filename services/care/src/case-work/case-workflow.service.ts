import type { EntityManager } from 'typeorm';
import { CaseResolved } from '@hotelops/contracts';
import { DomainError, lockForChange, transitionAggregate, type Caller, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import type { CaseEntity, CaseHistoryEntity } from '../case/case.entity';
import type { HistoryFields } from '../case/case-history';
import { CASE } from '../case/case.kind';
import { firstResponseAt, type CaseAction, type CaseHistoryAction, type NoteVisibility } from '../case/case.rules';
import { assertText } from '../case/text-input';
import { onStatusChange } from '../sla/case-sla';
import { metWithin } from '../sla/sla.rules';
import { CARE_LEADS } from '../roles/care-roles';
import { actorOf, recordChange } from './case-change';
import type { CaseOpeningService } from './case-opening.service';

const RECORDED_AS: Record<CaseAction, CaseHistoryAction> = {
  assign: 'ASSIGNED',
  start: 'STARTED',
  wait: 'WAITING',
  resume: 'RESUMED',
  resolve: 'RESOLVED',
  close: 'CLOSED',
  reopen: 'REOPENED',
  release: 'RETURNED',
};

/** Working a case: assigning, starting, waiting on the guest, resolving, closing, reopening, notes. */
export class CaseWorkflowService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly opening: CaseOpeningService,
  ) {}

  assign(id: string, employeeId: string, caller: Caller): Promise<CaseEntity> {
    // A care agent may only take a case themselves; the leads hand cases to others.
    if (employeeId !== caller.employeeId && !caller.satisfies(CARE_LEADS)) {
      throw new DomainError(
        'AUTH.FORBIDDEN',
        'A care agent may only assign a case to themselves; a care supervisor or duty manager assigns others',
        { employeeId },
      );
    }
    return this.change(id, 'assign', caller, (c) => {
      if (c.assigneeId === employeeId) return 'unchanged';
      c.assigneeId = employeeId;
      return { assigneeId: employeeId };
    });
  }

  start(id: string, caller: Caller): Promise<CaseEntity> {
    return this.change(id, 'start', caller, () => ({}));
  }

  /** IN_PROGRESS → WAITING_ON_GUEST: the SLA clocks stop until the guest answers. */
  waitOnGuest(id: string, reason: string, caller: Caller): Promise<CaseEntity> {
    assertText('reason', reason);
    return this.change(id, 'wait', caller, () => ({ text: reason.trim() }));
  }

  /** WAITING_ON_GUEST → IN_PROGRESS: targets move later by the time spent waiting. */
  resume(id: string, caller: Caller): Promise<CaseEntity> {
    return this.change(id, 'resume', caller, () => ({}));
  }

  /**
   * Records how (and optionally why: the root cause) and announces it. The first resolution of a
   * complaint or request opens its follow-up satisfaction survey in the same transaction.
   */
  resolve(id: string, resolution: string, caller: Caller, meta: EventMeta = {}, rootCause?: string | null): Promise<CaseEntity> {
    assertText('resolution', resolution);
    if (rootCause != null) assertText('rootCause', rootCause, 80);
    const resolve = (c: CaseEntity, now: Date) => {
      c.resolution = resolution.trim();
      c.resolvedAt = now;
      if (rootCause != null) c.rootCause = rootCause.trim();
      return { text: c.resolution };
    };
    return this.change(id, 'resolve', caller, resolve, async (em, c) => {
      await this.opening.openFollowUpSurvey(em, c, meta);
      await this.deps.outbox.add(
        em,
        CaseResolved,
        {
          caseId: c.id,
          propertyId: c.propertyId,
          kind: c.kind,
          category: c.category,
          reservationId: c.reservationId,
          resolvedBy: actorOf(caller),
          resolvedAt: c.resolvedAt!.toISOString(),
          resolvedWithinSla: metWithin(c.resolutionDueAt, c.resolvedAt),
        },
        { subject: c.id, propertyId: c.propertyId },
        meta,
      );
    });
  }

  close(id: string, caller: Caller): Promise<CaseEntity> {
    return this.change(id, 'close', caller, (c, now) => {
      c.closedAt = now;
      return {};
    });
  }

  reopen(id: string, reason: string, caller: Caller): Promise<CaseEntity> {
    assertText('reason', reason);
    return this.change(id, 'reopen', caller, (c) => {
      // The rejected resolution stays in the history; the case shows the current state only.
      c.resolution = null;
      c.resolvedAt = null;
      c.reopenCount += 1;
      return { text: reason.trim() };
    });
  }

  /** Notes are allowed in every status: follow-ups after closing are part of the record. */
  addNote(caseId: string, body: string, visibility: NoteVisibility, caller: Caller): Promise<CaseHistoryEntity> {
    assertText('body', body);
    return this.deps.db.transaction(async (em) => {
      const c = await lockForChange(em, this.deps.db, CASE, caseId, caller);
      const now = this.deps.clock.now();
      c.firstResponseAt = firstResponseAt(c.firstResponseAt, visibility, now);
      const note = { action: 'NOTE', fromStatus: null, toStatus: null, text: body.trim(), visibility } as const;
      const entry = await recordChange(em, c, now, { ...note, actorId: actorOf(caller) });
      await em.save(c);
      return entry;
    });
  }

  /**
   * One status change through the kernel (lock → property → machine → effect → save): `edit`
   * changes the case and describes the history entry; 'unchanged' (a retried assignment) writes
   * no entry. Two agents starting the same case queue on the row lock; the second is refused.
   */
  private change(
    id: string,
    action: CaseAction,
    caller: Caller,
    edit: (c: CaseEntity, now: Date) => Partial<HistoryFields> | 'unchanged',
    announce?: (em: EntityManager, c: CaseEntity) => Promise<unknown>,
  ): Promise<CaseEntity> {
    return transitionAggregate(this.deps, CASE, id, action, caller, async (em, c, { from, to, at }) => {
      const described = edit(c, at);
      if (described === 'unchanged') return;
      // The SLA clocks and the entry read the new status; the kernel sets it again when saving.
      c.status = to;
      onStatusChange(c, from, to, at);
      await recordChange(em, c, at, {
        fromStatus: from,
        toStatus: to,
        actorId: actorOf(caller),
        ...described,
        action: RECORDED_AS[action],
      });
      await announce?.(em, c);
    });
  }
}
