import { defineSubgraph } from '@hotelops/kernel';
import { AttendanceCorrectionEntity, AttendanceRecordEntity } from './attendance/attendance.entity';
import { AttendanceResolver } from './attendance/attendance.resolver';
import { composeStaffing } from './composition';
import { handlers } from './events/handlers';
import { ForecastStayEntity, LabourDemandEntity, LabourStandardEntity } from './demand/demand.entity';
import { DemandResolver } from './demand/demand.resolver';
import { DepartmentEntity } from './department/department.entity';
import { departmentReference } from './department/department.reference';
import { DepartmentResolver } from './department/department.resolver';
import { BriefingEntity, DutyCheckEntity, DutyChecklistEntity, GroomingCheckEntity } from './duty/duty.entity';
import { DutyResolver } from './duty/duty.resolver';
import { EmployeeEntity } from './employee/employee.entity';
import { employeeReference } from './employee/employee.reference';
import { EscalationRouteEntity } from './escalation/escalation-route.entity';
import { EscalationResolver } from './escalation/escalation.resolver';
import { EmployeeResolver } from './employee/employee.resolver';
import { LeaveRequestEntity, LeaveTypeEntity } from './leave/leave.entity';
import { LeaveResolver } from './leave/leave.resolver';
import { StaffingInitial1764201600200 } from './migrations/1764201600200-staffing-initial';
import { StaffingRostersAttendanceLeave1764979200200 } from './migrations/1764979200200-staffing-rosters-attendance-leave';
import { StaffingDuties1764979200300 } from './migrations/1764979200300-staffing-duties';
import { StaffingLabourDemand1764979200400 } from './migrations/1764979200400-staffing-labour-demand';
import { StaffingEscalationRoutes1764979200500 } from './migrations/1764979200500-staffing-escalation-routes';
import { StaffingPerformanceRecruiting1764979200600 } from './migrations/1764979200600-staffing-performance-recruiting';
import { StaffingTraining1764979200700 } from './migrations/1764979200700-staffing-training';
import { StaffingRosterVersions1764979200800 } from './migrations/1764979200800-staffing-roster-versions';
import { StaffingCoversDemand1764979200900 } from './migrations/1764979200900-staffing-covers-demand';
import { DepartmentDutyResolver, EmployeeOrgResolver, SkillResolver } from './org/org.resolver';
import { StaffingPolicyEntity } from './policy/staffing-policy.entity';
import { StaffingPolicyResolver } from './policy/staffing-policy.resolver';
import { KpiFactEntity, PerformanceReviewEntity, SanctionEntity } from './performance/performance.entity';
import {
  MonthlyPerformanceResolver,
  PerformanceResolver,
  PersonKpisResolver,
  PositionKpisResolver,
} from './performance/performance.resolver';
import { PositionEntity } from './position/position.entity';
import { positionReference } from './position/position.reference';
import { PositionResolver } from './position/position.resolver';
import { RequisitionEntity } from './recruiting/requisition.entity';
import { RequisitionResolver } from './recruiting/requisition.resolver';
import { RosterShiftEntity } from './roster/roster-shift.entity';
import { RosterEntity } from './roster/roster.entity';
import { RosterResolver, RosterShiftResolver } from './roster/roster.resolver';
import { ShiftTemplateEntity } from './roster/shift-template.entity';
import { ShiftChangeEntity } from './shift-change/shift-change.entity';
import { ShiftChangeResolver } from './shift-change/shift-change.resolver';
import { SkillEntity } from './skill/skill.entity';
import { TrainingPlanEntity, TrainingRecordEntity, TrainingSessionEntity } from './training/training.entity';
import { TrainingPlanResolver, TrainingRecordResolver } from './training/training.resolver';

/**
 * The staffing / HR subgraph: departments, positions (the hotel job catalogue), employees with
 * their reporting lines and skills, shift templates and monthly rosters with swaps and covers,
 * attendance against the published roster, leave, duties and labour demand. It consumes
 * reservations' stay events (the forecast) and care's CaseEscalated; it produces EmployeeHired,
 * EmployeeTerminated, RosterPublished and EscalationRouted.
 */
export const staffingSubgraph = defineSubgraph({
  name: 'staffing',
  entities: [
    DepartmentEntity,
    PositionEntity,
    EmployeeEntity,
    StaffingPolicyEntity,
    SkillEntity,
    ShiftTemplateEntity,
    RosterEntity,
    RosterShiftEntity,
    ShiftChangeEntity,
    AttendanceRecordEntity,
    AttendanceCorrectionEntity,
    LeaveTypeEntity,
    LeaveRequestEntity,
    DutyChecklistEntity,
    DutyCheckEntity,
    BriefingEntity,
    GroomingCheckEntity,
    ForecastStayEntity,
    LabourStandardEntity,
    LabourDemandEntity,
    EscalationRouteEntity,
    KpiFactEntity,
    PerformanceReviewEntity,
    SanctionEntity,
    RequisitionEntity,
    TrainingPlanEntity,
    TrainingSessionEntity,
    TrainingRecordEntity,
  ],
  migrations: [
    StaffingInitial1764201600200,
    StaffingRostersAttendanceLeave1764979200200,
    StaffingDuties1764979200300,
    StaffingLabourDemand1764979200400,
    StaffingEscalationRoutes1764979200500,
    StaffingPerformanceRecruiting1764979200600,
    StaffingTraining1764979200700,
    StaffingRosterVersions1764979200800,
    StaffingCoversDemand1764979200900,
  ],
  compose: composeStaffing,
  resolvers: [
    DepartmentResolver,
    PositionResolver,
    EmployeeResolver,
    EmployeeOrgResolver,
    SkillResolver,
    DepartmentDutyResolver,
    StaffingPolicyResolver,
    RosterResolver,
    RosterShiftResolver,
    ShiftChangeResolver,
    AttendanceResolver,
    LeaveResolver,
    DutyResolver,
    DemandResolver,
    EscalationResolver,
    PerformanceResolver,
    MonthlyPerformanceResolver,
    PositionKpisResolver,
    PersonKpisResolver,
    RequisitionResolver,
    TrainingPlanResolver,
    TrainingRecordResolver,
  ],
  handlers,
  references: (s) => ({
    Employee: employeeReference(s.employees),
    Position: positionReference(s.positions),
    Department: departmentReference(s.departments),
  }),
});
