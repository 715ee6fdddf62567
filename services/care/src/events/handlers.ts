import { EmployeeTerminated, GuestErased, ReservationCheckedOut } from '@hotelops/contracts';
import { on, type HandlerRegistration, type ServiceDeps } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { eraseGuestData } from '../privacy/guest-erasure';

/** Facts from other domains that open, move or redact cases. Effects run in the inbox's transaction. */
export function handlers({ caseOpening, caseQueue, teams }: CareServices, deps: ServiceDeps): HandlerRegistration[] {
  return [
    // Every departure gets a satisfaction follow-up; keyed by the event id, so it opens once.
    on(ReservationCheckedOut, async (event, em) => {
      await caseOpening.openPostStaySurvey(em, event);
    }),
    // A leaver's open cases would otherwise wait forever on someone who is gone.
    on(EmployeeTerminated, async (event, em) => {
      const returned = await caseQueue.returnCasesOf(em, event.data.employeeId);
      await teams.removeFromAllTeams(em, event.data.employeeId);
      if (returned > 0) deps.logger.info({ employeeId: event.data.employeeId, returned }, 'cases returned for reassignment');
    }),
    // Erasure on request reaches the copies of the guest's data care keeps.
    on(GuestErased, async (event, em) => {
      await eraseGuestData(em, event.data.reservationIds);
    }),
  ];
}
