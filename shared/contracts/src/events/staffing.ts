import { z } from 'zod';
import { defineEvent, isoDate, isoDateTime, uuid } from './define-event';

export const EmployeeHired = defineEvent(
  'hotelops.staffing.employee.hired.v1',
  z.object({
    employeeId: uuid,
    propertyId: uuid,
    departmentId: uuid,
    positionCode: z.string(),
    hiredOn: isoDate,
  }),
);

/** Revokes access and hands the employee's open work back for reassignment. */
export const EmployeeTerminated = defineEvent(
  'hotelops.staffing.employee.terminated.v1',
  z.object({
    employeeId: uuid,
    propertyId: uuid,
    terminatedOn: isoDate,
    reason: z.string().nullable(),
    terminatedAt: isoDateTime,
  }),
);

/** A department's monthly roster (排班表) was published: staff may see it, attendance is checked against it. */
export const RosterPublished = defineEvent(
  'hotelops.staffing.roster.published.v1',
  z.object({
    rosterId: uuid,
    propertyId: uuid,
    departmentId: uuid,
    /** YYYY-MM */
    month: z.string().regex(/^\d{4}-\d{2}$/),
    shifts: z.number().int().nonnegative(),
    publishedBy: uuid.nullable(),
    publishedAt: isoDateTime,
  }),
);

const amendedShift = z.object({
  shiftId: uuid,
  employeeId: uuid,
  date: isoDate,
  /** local YYYY-MM-DDTHH:MM */
  startsAt: z.string().max(16),
  endsAt: z.string().max(16),
});

/**
 * A published roster was amended and republished as a new version (the first publication is
 * version 1): the shifts added and removed, so staff and attendance follow the current version.
 */
export const RosterAmended = defineEvent(
  'hotelops.staffing.roster.amended.v1',
  z.object({
    rosterId: uuid,
    propertyId: uuid,
    departmentId: uuid,
    month: z.string().regex(/^\d{4}-\d{2}$/),
    version: z.number().int().min(2),
    added: z.array(amendedShift),
    removed: z.array(amendedShift),
    reason: z.string().max(500),
    amendedBy: uuid.nullable(),
    amendedAt: isoDateTime,
  }),
);

/**
 * Care's escalation resolved to a person: the employee on duty in the role now (published
 * roster + clocked in), or the next level up when nobody is; care records who was notified.
 */
export const EscalationRouted = defineEvent(
  'hotelops.staffing.escalation.routed.v1',
  z.object({
    caseId: uuid,
    propertyId: uuid,
    level: z.number().int().min(1),
    /** the role care asked for */
    requestedRole: z.string().max(64),
    /** the role that was reached (differs when it fell back a level) */
    routedRole: z.string().max(64),
    notifiedEmployeeId: uuid.nullable(),
    /** why this person (or nobody): "on duty 14:00–22:00, clocked in 13:55" */
    explanation: z.string().max(500),
    routedAt: isoDateTime,
  }),
);
