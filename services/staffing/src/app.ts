import { defineSubgraph } from '@hotelops/kernel';
import { composeStaffing } from './composition';
import { DepartmentEntity } from './department/department.entity';
import { departmentReference } from './department/department.reference';
import { DepartmentResolver } from './department/department.resolver';
import { EmployeeEntity } from './employee/employee.entity';
import { employeeReference } from './employee/employee.reference';
import { EmployeeResolver } from './employee/employee.resolver';
import { StaffingInitial1764201600200 } from './migrations/1764201600200-staffing-initial';
import { PositionEntity } from './position/position.entity';
import { positionReference } from './position/position.reference';
import { PositionResolver } from './position/position.resolver';

/**
 * The staffing / HR subgraph: departments, positions (the hotel job catalogue) and employees.
 * It consumes no events yet; it produces EmployeeHired and EmployeeTerminated.
 */
export const staffingSubgraph = defineSubgraph({
  name: 'staffing',
  entities: [DepartmentEntity, PositionEntity, EmployeeEntity],
  migrations: [StaffingInitial1764201600200],
  compose: composeStaffing,
  resolvers: [DepartmentResolver, PositionResolver, EmployeeResolver],
  references: (s) => ({
    Employee: employeeReference(s.employees),
    Position: positionReference(s.positions),
    Department: departmentReference(s.departments),
  }),
});
