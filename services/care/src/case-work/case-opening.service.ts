import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CaseOpened, type PayloadOf, type ReservationCheckedOut } from '@hotelops/contracts';
import { causedBy, type Caller, type EventEnvelope, type EventMeta, type ServiceDeps } from '@hotelops/kernel';
import { nextCaseNumber } from '../case/case-number';
import { CaseEntity, CaseHistoryEntity } from '../case/case.entity';
import { historyEntry } from '../case/case-history';
import {
  FOLLOWED_UP_KINDS,
  POST_RESOLUTION_SURVEY,
  POST_STAY_SURVEY,
  surveyDescription,
  type CaseChannel,
  type CaseKind,
  type CaseSeverity,
} from '../case/case.rules';
import { assertText } from '../case/text-input';
import { applyPolicy } from '../sla/case-sla';
import type { SlaPolicyService } from '../sla/sla-policy.service';
import type { StayDirectoryService } from '../stay/stay.service';
import { actorOf } from './case-change';

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
  /** the guest's profile in reservations, when known */
  guestId?: string | null;
  sourceEventId: string | null;
  /** What the case concerns in other domains; all optional. */
  roomId?: string | null;
  outletId?: string | null;
  departmentId?: string | null;
  employeeConcernedId?: string | null;
  followUpOf?: string | null;
}

/** Opening cases: by a caller, within another change, after a check-out, after a first resolution. */
export class CaseOpeningService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly policies: SlaPolicyService,
    private readonly stays: StayDirectoryService,
  ) {}

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
    return this.deps.db.transaction(async (em) => {
      // A case about a stay must name one care knows of this property (and learns the guest from it).
      const stay = tidy.reservationId ? await this.stays.linkable(em, tidy.reservationId, tidy.propertyId) : null;
      return this.openIn(em, { ...tidy, guestId: stay?.guestId ?? null }, actorOf(caller), meta);
    });
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
        guestId: stay.guestId ?? null,
        sourceEventId: event.id,
      },
      null,
      causedBy(event),
    );
  }

  /** Once per case (a unique follow_up_of): reopening and resolving again sends no second survey. */
  async openFollowUpSurvey(em: EntityManager, c: CaseEntity, meta: EventMeta): Promise<void> {
    if (!FOLLOWED_UP_KINDS.includes(c.kind) || (await em.existsBy(CaseEntity, { followUpOf: c.id }))) return;
    await this.openIn(
      em,
      {
        ...POST_RESOLUTION_SURVEY,
        propertyId: c.propertyId,
        description: `Ask how the guest felt about the handling of ${c.number} (${c.subject}).`,
        reservationId: c.reservationId,
        guestName: c.guestName,
        guestId: c.guestId,
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

  /** Numbers the case, starts its SLA clocks, records OPENED and writes CaseOpened — all in the caller's transaction. */
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
      guestId: draft.guestId ?? null,
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
    await em.insert(CaseHistoryEntity, historyEntry(c, now, { action: 'OPENED', fromStatus: null, toStatus: 'NEW', actorId }));
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
}
