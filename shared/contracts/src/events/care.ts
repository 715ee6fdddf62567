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
