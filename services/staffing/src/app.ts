import type { SubgraphDefinition } from '@hotelops/kernel';
import { DepartmentEntity } from './department/department.entity';
import { DepartmentResolver } from './department/department.resolver';
import { EmployeeEntity } from './employee/employee.entity';
import { EmployeeResolver } from './employee/employee.resolver';
import { StaffingInitial1764201600200 } from './migrations/1764201600200-staffing-initial';
import { PositionEntity } from './position/position.entity';
import { PositionResolver } from './position/position.resolver';
import { references } from './references';

/**
 * The staffing / HR subgraph: departments, positions (the hotel job catalogue) and employees.
 * It consumes no events yet; it produces EmployeeHired and EmployeeTerminated.
 */
export const staffingSubgraph: SubgraphDefinition = {
  name: 'staffing',
  entities: [DepartmentEntity, PositionEntity, EmployeeEntity],
  migrations: [StaffingInitial1764201600200],
  resolvers: [DepartmentResolver, PositionResolver, EmployeeResolver],
  references,
};
