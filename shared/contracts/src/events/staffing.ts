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
