import {
  EmployeeTerminated,
  EscalationRouted,
  FolioPosted,
  FolioPostingRejected,
  GuestErased,
  ReservationCancelled,
  ReservationCheckedIn,
  ReservationCheckedOut,
  ReservationCreated,
  ReservationModified,
  ReservationNoShow,
} from '@hotelops/contracts';
import { on, type HandlerRegistration, type ServiceDeps } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { CompensationPostingService } from '../compensation/compensation-posting.service';
import { eraseGuestData } from '../privacy/guest-erasure';

/** Facts from other domains that open, move or redact cases. Effects run in the inbox's transaction. */
export function handlers(
  { caseOpening, caseQueue, teams, stays, compensationPostings, escalationNotices }: CareServices,
  deps: ServiceDeps,
): HandlerRegistration[] {
  return [
    // Care's view of stays: what a case or compensation may point at, refused up front otherwise.
    on(ReservationCreated, (event, em) => stays.record(em, event, 'BOOKED')),
    on(ReservationModified, (event, em) => stays.record(em, event, 'BOOKED')),
    on(ReservationCheckedIn, (event, em) => stays.record(em, event, 'IN_HOUSE')),
    on(ReservationCancelled, (event, em) => stays.record(em, event, 'CANCELLED')),
    on(ReservationNoShow, (event, em) => stays.record(em, event, 'NO_SHOW')),
    // Every departure gets a satisfaction follow-up; keyed by the event id, so it opens once.
    on(ReservationCheckedOut, async (event, em) => {
      await stays.record(em, event, 'CHECKED_OUT');
      await caseOpening.openPostStaySurvey(em, event);
    }),
    // The fate of approved compensation: posted to the folio, or refused with the reason.
    on(FolioPosted, async (event, em) => {
      if (CompensationPostingService.concerns(event.data.sourceRef)) await compensationPostings.posted(em, event.data);
    }),
    on(FolioPostingRejected, async (event, em) => {
      if (CompensationPostingService.concerns(event.data.sourceRef)) await compensationPostings.failed(em, event.data);
    }),
    // A leaver's open cases would otherwise wait forever on someone who is gone.
    on(EmployeeTerminated, async (event, em) => {
      const returned = await caseQueue.returnCasesOf(em, event.data.employeeId);
      await teams.removeFromAllTeams(em, event.data.employeeId);
      if (returned > 0) deps.logger.info({ employeeId: event.data.employeeId, returned }, 'cases returned for reassignment');
    }),
    // Who staffing's roster and attendance say each escalation reached — or that nobody was on duty.
    on(EscalationRouted, async (event, em) => {
      await escalationNotices.record(em, event);
    }),
    // Erasure on request reaches the copies of the guest's data care keeps.
    on(GuestErased, async (event, em) => {
      await eraseGuestData(em, event.data.reservationIds);
    }),
  ];
}
