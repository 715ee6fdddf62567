export { staffingSubgraph } from './app';
export { seedDemo, type StaffingDemo } from './demo/seed-demo';
export { composeStaffing, type StaffingServices } from './composition';
export { EmployeeEntity } from './employee/employee.entity';
export { SkillEntity } from './skill/skill.entity';
export { RosterShiftEntity } from './roster/roster-shift.entity';
export { ForecastStayEntity } from './demand/demand.entity';
export { LeaveRequestEntity, LeaveTypeEntity } from './leave/leave.entity';
export { validateRoster } from './roster/roster.rules';
