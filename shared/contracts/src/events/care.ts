import { z } from 'zod';
import { defineEvent, isoDateTime, money, uuid } from './define-event';

export const CaseOpened = defineEvent(
  'hotelops.care.case.opened.v1',
  z.object({
    caseId: uuid,
    propertyId: uuid,
    kind: z.string(),
    subject: z.string(),
    reservationId: uuid.nullable(),
    openedAt: isoDateTime,
  }),
);

/** Approved guest compensation; reservations posts it to the folio as an allowance, once. */
export const CompensationApproved = defineEvent(
  'hotelops.care.compensation.approved.v1',
  z.object({
    compensationId: uuid,
    caseId: uuid,
    propertyId: uuid,
    reservationId: uuid,
    amount: money,
    reason: z.string(),
    approvedBy: uuid,
    approvedAt: isoDateTime,
  }),
);

/** An SLA clock is at risk or breached: the case moved one tier up the escalation chain. */
export const CaseEscalated = defineEvent(
  'hotelops.care.case.escalated.v1',
  z.object({
    caseId: uuid,
    propertyId: uuid,
    caseNumber: z.string(),
    /** 1 supervisor, 2 duty manager, 3 department manager */
    level: z.number().int().min(1).max(3),
    escalatedTo: z.enum(['care-supervisor', 'duty-manager', 'department-manager']),
    clock: z.enum(['FIRST_RESPONSE', 'RESOLUTION']),
    dueAt: isoDateTime,
    breached: z.boolean(),
    assigneeId: uuid.nullable(),
    escalatedAt: isoDateTime,
  }),
);

export const CaseResolved = defineEvent(
  'hotelops.care.case.resolved.v1',
  z.object({
    caseId: uuid,
    propertyId: uuid,
    kind: z.string(),
    category: z.string(),
    reservationId: uuid.nullable(),
    resolvedBy: uuid.nullable(),
    resolvedAt: isoDateTime,
    /** null when the case had no SLA */
    resolvedWithinSla: z.boolean().nullable(),
  }),
);

/** A guest answered a satisfaction survey (post-stay or after a case was resolved). */
export const SurveyAnswered = defineEvent(
  'hotelops.care.survey.answered.v1',
  z.object({
    responseId: uuid,
    caseId: uuid,
    propertyId: uuid,
    reservationId: uuid.nullable(),
    /** the resolved case a post-resolution survey follows up; null after a stay */
    followUpOf: uuid.nullable(),
    npsScore: z.number().int().min(0).max(10),
    csatScore: z.number().int().min(1).max(5),
    ratings: z.array(z.object({ departmentId: uuid.nullable(), outletId: uuid.nullable(), score: z.number().int().min(1).max(5) })),
    answeredAt: isoDateTime,
  }),
);

/** A QA reviewer scored an agent's handling of a case: staffing's monthly care KPIs. */
export const QaReviewScored = defineEvent(
  'hotelops.care.qa-review.scored.v1',
  z.object({
    reviewId: uuid,
    caseId: uuid,
    propertyId: uuid,
    agentId: uuid,
    /** 0–100 */
    scorePercent: z.number().min(0).max(100),
    scoredBy: uuid,
    scoredAt: isoDateTime,
  }),
);
