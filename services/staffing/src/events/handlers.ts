import {
  BusinessDayClosed,
  CaseResolved,
  EmployeeHired,
  CaseEscalated,
  CountApproved,
  QaReviewScored,
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationModified,
  ReservationNoShow,
} from '@hotelops/contracts';
import { on, type HandlerRegistration } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';

/**
 * Reservations' stay events feed the labour-demand forecast; care's escalations are resolved to
 * the person on duty. Effects run in the inbox's transaction.
 */
export function handlers({ demand, escalations, performance, training }: StaffingServices): HandlerRegistration[] {
  return [
    // every new hire gets the onboarding training of their department and of the property
    on(EmployeeHired, async ({ data: d }, em) => {
      await training.assignOnboarding(em, d.employeeId, d.propertyId, d.departmentId);
    }),
    on(ReservationCreated, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    on(ReservationModified, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    on(ReservationCheckedIn, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    // an early departure moves the departure date: the stay event carries the new one
    on(ReservationCheckedOut, (event, em) => demand.recordStay(em, event.data, 'BOOKED')),
    on(ReservationCancelled, (event, em) => demand.recordStay(em, event.data, 'CANCELLED')),
    on(ReservationNoShow, (event, em) => demand.recordStay(em, event.data, 'NO_SHOW')),
    // care names a role; staffing knows who holds it on duty now
    on(CaseEscalated, async (event, em) => {
      await escalations.route(em, event);
    }),
    // monthly KPIs from the other domains' facts about people
    on(QaReviewScored, async ({ data: d }, em) => {
      await performance.add(em, d.propertyId, d.agentId, d.scoredAt.slice(0, 7), 'qa-score', d.scorePercent, 1);
    }),
    on(CaseResolved, async ({ data: d }, em) => {
      if (d.resolvedBy && d.resolvedWithinSla !== null) {
        await performance.add(em, d.propertyId, d.resolvedBy, d.resolvedAt.slice(0, 7), 'sla-attainment', d.resolvedWithinSla ? 1 : 0, 1);
      }
    }),
    on(BusinessDayClosed, async ({ data: d }, em) => {
      const month = d.businessDate.slice(0, 7);
      for (const s of d.servers) {
        await performance.add(em, d.propertyId, s.employeeId, month, 'covers', s.covers, 1);
        await performance.add(em, d.propertyId, s.employeeId, month, 'void-rate', s.voids, s.checks);
      }
      for (const c of d.cashiers) {
        await performance.add(em, d.propertyId, c.employeeId, month, 'over-short', Math.abs(c.overShort.amountMinor), 1);
      }
    }),
    on(CountApproved, async ({ data: d }, em) => {
      for (const c of d.counters) {
        await performance.add(em, d.propertyId, c.employeeId, d.approvedAt.slice(0, 7), 'count-accuracy', c.binsAccurate, c.binsCounted);
      }
    }),
  ];
}
