import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { CaseOpened, CaseResolved, type PayloadOf, type ReservationCheckedOut } from '@hotelops/contracts';
import {
  DomainError,
  causedBy,
  notFound,
  paginate,
  type Caller,
  type EventEnvelope,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
  groupByIds,
} from '@hotelops/kernel';
import { applyPolicy, onStatusChange, refreshSla } from '../sla/case-sla';
import { SlaPolicyService } from '../sla/sla-policy.service';
import { metWithin } from '../sla/sla.rules';
import { nextCaseNumber } from './case-number';
import { CaseEntity, CaseHistoryEntity } from './case.entity';
import {
  CASE_STATUSES,
  FOLLOWED_UP_KINDS,
  POST_RESOLUTION_SURVEY,
  POST_STAY_SURVEY,
  firstResponseAt,
  isOpen,
  surveyDescription,
  textProblem,
  transition,
  type CaseAction,
  type CaseChannel,
  type CaseHistoryAction,
  type CaseKind,
  type CaseSeverity,
  type CaseStatus,
  type NoteVisibility,
} from './case.rules';

/** What opening a case needs, whoever opens it (a caller or an event handler). */
export interface CaseDraft {
  propertyId: string;
  kind: CaseKind;
  channel: CaseChannel;
  category: string;
  severity: CaseSeverity;
  subject: string;
  description: string;
  reservationId: string | null;
  guestName: string | null;
  sourceEventId: string | null;
  /** What the case concerns in other domains; all optional. */
  roomId?: string | null;
  outletId?: string | null;
  departmentId?: string | null;
  employeeConcernedId?: string | null;
  followUpOf?: string | null;
}

type HistoryFields = Pick<CaseHistoryEntity, 'action' | 'fromStatus' | 'toStatus' | 'actorId'> &
  Partial<Pick<CaseHistoryEntity, 'assigneeId' | 'text' | 'visibility'>>;

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

/** Who may hand a case to someone else; a care agent may only take it themselves. */
const DISPATCHERS = ['care-supervisor', 'duty-manager'];
const OPEN_STATUSES = CASE_STATUSES.filter(isOpen);
const TEXT_MAX = 4000;

/** Employee id of the caller, or null when the system acts. */
const actorOf = (caller: Caller): string | null => caller.employeeId ?? null;

export class CaseService {
  private readonly policies: SlaPolicyService;
  constructor(private readonly deps: ServiceDeps) {
    this.policies = new SlaPolicyService(deps);
  }

  open(draft: Omit<CaseDraft, 'sourceEventId'>, caller: Caller, meta: EventMeta): Promise<CaseEntity> {
    caller.assertProperty(draft.propertyId);
    assertText('subject', draft.subject, 200);
    assertText('category', draft.category, 80);
    const tidy = {
      ...draft,
      subject: draft.subject.trim(),
      category: draft.category.trim(),
      description: draft.description.trim(),
      guestName: draft.guestName?.trim() || null,
      sourceEventId: null,
    };
    return this.deps.db.transaction((em) => this.openIn(em, tidy, actorOf(caller), meta));
  }

  /** Opens a case as part of a larger change (e.g. a negative review), inside that change's transaction. */
  openWithin(em: EntityManager, draft: Omit<CaseDraft, 'sourceEventId'>, caller: Caller, meta: EventMeta): Promise<CaseEntity> {
    caller.assertProperty(draft.propertyId);
    return this.openIn(em, { ...draft, sourceEventId: null }, actorOf(caller), meta);
  }

  /**
   * The post-stay survey for a check-out, inside the event's transaction. Keyed by the event id,
   * so a redelivery that slipped past the inbox still finds the case it opened.
   */
  async openPostStaySurvey(em: EntityManager, event: EventEnvelope<PayloadOf<typeof ReservationCheckedOut>>): Promise<CaseEntity> {
    const existing = await em.findOneBy(CaseEntity, { sourceEventId: event.id });
    if (existing) return existing;
    const stay = event.data;
    return this.openIn(
      em,
      {
        ...POST_STAY_SURVEY,
        propertyId: stay.propertyId,
        description: surveyDescription(stay),
        reservationId: stay.reservationId,
        guestName: stay.guestName,
        sourceEventId: event.id,
      },
      null,
      causedBy(event),
    );
  }

  assign(id: string, employeeId: string, caller: Caller, meta: EventMeta): Promise<CaseEntity> {
    void meta; // assignment is not a cross-domain fact yet
    if (employeeId !== caller.employeeId && !caller.satisfies(DISPATCHERS)) {
      throw new DomainError(
        'AUTH.FORBIDDEN',
        'A care agent may only assign a case to themselves; a care supervisor or duty manager assigns others',
        {
          employeeId,
        },
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
    return this.change(
      id,
      'resolve',
      caller,
      (c, now) => {
        c.resolution = resolution.trim();
        c.resolvedAt = now;
        if (rootCause != null) c.rootCause = rootCause.trim();
        return { text: c.resolution };
      },
      async (em, c) => {
        await this.openFollowUpSurvey(em, c, meta);
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
      },
    );
  }

  /** Once per case (a unique follow_up_of): reopening and resolving again sends no second survey. */
  private async openFollowUpSurvey(em: EntityManager, c: CaseEntity, meta: EventMeta): Promise<void> {
    if (!FOLLOWED_UP_KINDS.includes(c.kind) || (await em.existsBy(CaseEntity, { followUpOf: c.id }))) return;
    await this.openIn(
      em,
      {
        ...POST_RESOLUTION_SURVEY,
        propertyId: c.propertyId,
        description: `Ask how the guest felt about the handling of ${c.number} (${c.subject}).`,
        reservationId: c.reservationId,
        guestName: c.guestName,
        sourceEventId: null,
        roomId: c.roomId,
        outletId: c.outletId,
        departmentId: c.departmentId,
        followUpOf: c.id,
      },
      null,
      meta,
    );
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
      const c = await this.lockForChange(em, caseId, caller);
      const now = this.deps.clock.now();
      c.firstResponseAt = firstResponseAt(c.firstResponseAt, visibility, now);
      return this.commit(em, c, now, {
        action: 'NOTE',
        fromStatus: null,
        toStatus: null,
        actorId: actorOf(caller),
        text: body.trim(),
        visibility,
      });
    });
  }

  /** Puts an open case in a team's queue (the team must belong to the case's property). */
  routeToTeam(caseId: string, team: { id: string; name: string; propertyId: string }, caller: Caller): Promise<CaseEntity> {
    return this.deps.db.transaction(async (em) => {
      const c = await this.lockForChange(em, caseId, caller);
      if (team.propertyId !== c.propertyId) throw notFound('CARE_TEAM.NOT_FOUND', 'Care team', team.id);
      if (!isOpen(c.status))
        throw new DomainError('CASE.INVALID_TRANSITION', `Case ${c.number}: cannot route a case that is ${c.status}`, {
          status: c.status,
          caseId: c.id,
        });
      if (c.teamId === team.id) return c;
      c.teamId = team.id;
      await this.commit(em, c, this.deps.clock.now(), {
        action: 'ROUTED',
        fromStatus: null,
        toStatus: null,
        actorId: actorOf(caller),
        text: `team: ${team.name}`,
      });
      return c;
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
      const next = transition(c.status, 'release');
      const from = c.status;
      c.status = next.ok ? next.to : 'NEW';
      onStatusChange(c, from, c.status, now);
      c.assigneeId = null;
      await this.commit(em, c, now, {
        action: 'RETURNED',
        fromStatus: from,
        toStatus: c.status,
        actorId: null,
        assigneeId: employeeId,
        text: 'returned for reassignment: assignee left',
      });
    }
    return cases.length;
  }

  async get(id: string, caller: Caller): Promise<CaseEntity> {
    const c = await this.deps.db.manager.findOneBy(CaseEntity, { id });
    if (!c) throw notFound('CASE.NOT_FOUND', 'Case', id);
    caller.assertProperty(c.propertyId);
    return c;
  }

  list(
    propertyId: string,
    caller: Caller,
    page: PageArgs,
    filter: { status?: CaseStatus; kind?: CaseKind; assigneeId?: string; teamId?: string },
  ) {
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
    const qb = this.deps.db.manager
      .createQueryBuilder(CaseEntity, 'c')
      .where('c.reservationId IN (:...ids)', { ids: [...reservationIds] })
      .orderBy('c.openedAt', 'ASC')
      .addOrderBy('c.id', 'ASC');
    const scope = caller.propertyScope();
    if (scope) qb.andWhere('c.propertyId IN (:...scope)', { scope: scope.length ? scope : [''] });
    return groupByIds(reservationIds, await qb.getMany(), (c) => c.reservationId!);
  }

  /** Timelines of many cases in one query, oldest entry first; in input order. */
  async historyOf(caseIds: readonly string[]): Promise<CaseHistoryEntity[][]> {
    const rows = await this.deps.db.manager.find(CaseHistoryEntity, {
      where: { caseId: In([...caseIds]) },
      order: { caseId: 'ASC', seq: 'ASC' },
    });
    return groupByIds(caseIds, rows, (h) => h.caseId);
  }

  /** Numbers the case, records OPENED and writes CaseOpened — all in the caller's transaction. */
  private async openIn(em: EntityManager, draft: CaseDraft, actorId: string | null, meta: EventMeta): Promise<CaseEntity> {
    const now = this.deps.clock.now();
    const policy = await this.policies.forNewCase(em, draft);
    const c = em.create(CaseEntity, {
      roomId: null,
      outletId: null,
      departmentId: null,
      employeeConcernedId: null,
      followUpOf: null,
      rootCause: null,
      ...draft,
      id: randomUUID(),
      number: await nextCaseNumber(em, draft.propertyId),
      status: 'NEW',
      assigneeId: null,
      teamId: null,
      resolution: null,
      version: 1,
      reopenCount: 0,
      openedAt: now,
      firstResponseAt: null,
      resolvedAt: null,
      closedAt: null,
      createdAt: now,
      updatedAt: now,
    });
    applyPolicy(c, policy, now);
    await em.insert(CaseEntity, c);
    await em.insert(CaseHistoryEntity, this.entry(c, now, { action: 'OPENED', fromStatus: null, toStatus: 'NEW', actorId }));
    await this.deps.outbox.add(
      em,
      CaseOpened,
      {
        caseId: c.id,
        propertyId: c.propertyId,
        kind: c.kind,
        subject: c.subject,
        reservationId: c.reservationId,
        openedAt: now.toISOString(),
      },
      { subject: c.id, propertyId: c.propertyId },
      meta,
    );
    return c;
  }

  /**
   * Load (locked), check the transition, let `edit` change the case and describe the entry, then
   * save both — one transaction. `edit` returning 'unchanged' makes a retried call a no-op.
   */
  private change(
    id: string,
    action: CaseAction,
    caller: Caller,
    edit: (c: CaseEntity, now: Date) => Partial<HistoryFields> | 'unchanged',
    announce?: (em: EntityManager, c: CaseEntity) => Promise<unknown>,
  ): Promise<CaseEntity> {
    return this.deps.db.transaction(async (em) => {
      const c = await this.lockForChange(em, id, caller);
      const next = transition(c.status, action);
      if (!next.ok)
        throw new DomainError('CASE.INVALID_TRANSITION', `Case ${c.number}: ${next.reason}`, { status: c.status, caseId: c.id });
      const now = this.deps.clock.now();
      const from = c.status;
      const described = edit(c, now);
      if (described === 'unchanged') return c;
      c.status = next.to;
      onStatusChange(c, from, next.to, now);
      await this.commit(em, c, now, {
        fromStatus: from,
        toStatus: next.to,
        actorId: actorOf(caller),
        ...described,
        action: RECORDED_AS[action],
      });
      await announce?.(em, c);
      return c;
    });
  }

  private async lockForChange(em: EntityManager, id: string, caller: Caller): Promise<CaseEntity> {
    const c = await em.findOne(CaseEntity, { where: { id }, ...this.deps.db.forUpdate });
    if (!c) throw notFound('CASE.NOT_FOUND', 'Case', id);
    caller.assertProperty(c.propertyId);
    return c;
  }

  /** Bumps the version, saves the case and appends the history entry it produced. */
  private async commit(em: EntityManager, c: CaseEntity, now: Date, fields: HistoryFields): Promise<CaseHistoryEntity> {
    c.version += 1;
    c.updatedAt = now;
    refreshSla(c);
    await em.save(c);
    const entry = this.entry(c, now, fields);
    await em.insert(CaseHistoryEntity, entry);
    return entry;
  }

  private entry(c: CaseEntity, at: Date, fields: HistoryFields): CaseHistoryEntity {
    return Object.assign(new CaseHistoryEntity(), {
      id: randomUUID(),
      caseId: c.id,
      propertyId: c.propertyId,
      seq: c.version,
      at,
      assigneeId: null,
      text: null,
      visibility: null,
      ...fields,
    });
  }
}

function assertText(field: string, value: string, max = TEXT_MAX): void {
  const problem = textProblem(field, value, max);
  if (problem) throw new DomainError('INPUT.INVALID', problem, { field });
}
