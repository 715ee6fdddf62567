import { EmployeeTerminated, GuestErased, ReservationCheckedOut } from '@hotelops/contracts';
import { on, type HandlerRegistration, type ServiceDeps } from '@hotelops/kernel';
import { CaseService } from '../case/case.service';
import { eraseGuestData } from '../privacy/guest-erasure';
import { TeamService } from '../team/team.service';

/** Facts from other domains that open, move or redact cases. Effects run in the inbox's transaction. */
export function handlers(deps: ServiceDeps): HandlerRegistration[] {
  const cases = new CaseService(deps);
  const teams = new TeamService(deps);
  return [
    // Every departure gets a satisfaction follow-up; keyed by the event id, so it opens once.
    on(ReservationCheckedOut, async (event, em) => {
      await cases.openPostStaySurvey(em, event);
    }),
    // A leaver's open cases would otherwise wait forever on someone who is gone.
    on(EmployeeTerminated, async (event, em) => {
      const returned = await cases.returnCasesOf(em, event.data.employeeId);
      await teams.removeFromAllTeams(em, event.data.employeeId);
      if (returned > 0) deps.logger.info({ employeeId: event.data.employeeId, returned }, 'cases returned for reassignment');
    }),
    // Erasure on request reaches the copies of the guest's data care keeps.
    on(GuestErased, async (event, em) => {
      await eraseGuestData(em, event.data.reservationIds);
    }),
  ];
}
