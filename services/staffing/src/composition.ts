import type { ServiceDeps } from '@hotelops/kernel';
import { StaffAccess } from './access/staff-access.service';
import { AttendanceReportService } from './attendance/attendance-report.service';
import { AttendanceService } from './attendance/attendance.service';
import { STANDARD_CATALOGUE } from './catalogue/positions.catalogue';
import { DepartmentService } from './department/department.service';
import { DemandService } from './demand/demand.service';
import { DutyService } from './duty/duty.service';
import { EmployeeService } from './employee/employee.service';
import { EscalationService } from './escalation/escalation.service';
import { LeaveService } from './leave/leave.service';
import { OrgService } from './org/org.service';
import { PerformanceService } from './performance/performance.service';
import { StaffingPolicyService } from './policy/staffing-policy.service';
import { PositionCatalogueService } from './position/position-catalogue.service';
import { PositionService } from './position/position.service';
import { RequisitionService } from './recruiting/requisition.service';
import { RosterAmendmentService } from './roster/roster-amendment.service';
import { RosterService } from './roster/roster.service';
import { ShiftTemplateService } from './roster/shift-template.service';
import { ShiftChangeService } from './shift-change/shift-change.service';
import { SkillService } from './skill/skill.service';
import { TrainingService } from './training/training.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders and the demo seed receive the result.
 */
export function composeStaffing(deps: ServiceDeps) {
  const departments = new DepartmentService(deps);
  const positions = new PositionService(deps);
  const catalogue = new PositionCatalogueService(deps, STANDARD_CATALOGUE);
  const employees = new EmployeeService(deps, positions);
  const access = new StaffAccess();
  const policies = new StaffingPolicyService(deps);
  const org = new OrgService(deps, policies);
  const skills = new SkillService(deps, access);
  const shiftTemplates = new ShiftTemplateService(deps, access);
  const rosters = new RosterService(deps, access, policies);
  const shiftChanges = new ShiftChangeService(deps, access, rosters);
  const attendance = new AttendanceService(deps, access, policies);
  const attendanceReports = new AttendanceReportService(deps, access, policies);
  const leave = new LeaveService(deps, access);
  const duties = new DutyService(deps, access);
  const demand = new DemandService(deps, policies);
  const escalations = new EscalationService(deps, policies);
  const performance = new PerformanceService(deps, access);
  const requisitions = new RequisitionService(deps, access);
  const training = new TrainingService(deps, access, policies);
  const now = () => deps.clock.now();
  return {
    departments,
    positions,
    catalogue,
    employees,
    access,
    policies,
    org,
    skills,
    shiftTemplates,
    rosters,
    rosterAmendments: new RosterAmendmentService(deps, access, policies, rosters),
    shiftChanges,
    attendance,
    attendanceReports,
    leave,
    duties,
    demand,
    escalations,
    performance,
    requisitions,
    training,
    now,
  };
}

export type StaffingServices = ReturnType<typeof composeStaffing>;
