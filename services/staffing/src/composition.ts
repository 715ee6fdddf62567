import type { ServiceDeps } from '@hotelops/kernel';
import { STANDARD_CATALOGUE } from './catalogue/positions.catalogue';
import { DepartmentService } from './department/department.service';
import { EmployeeService } from './employee/employee.service';
import { PositionCatalogueService } from './position/position-catalogue.service';
import { PositionService } from './position/position.service';

/**
 * The subgraph's one composition point: each service is built once here and handed the
 * collaborators it needs; resolvers, reference loaders and the demo seed receive the result.
 */
export function composeStaffing(deps: ServiceDeps) {
  const departments = new DepartmentService(deps);
  const positions = new PositionService(deps);
  const catalogue = new PositionCatalogueService(deps, STANDARD_CATALOGUE);
  const employees = new EmployeeService(deps, positions);
  return { departments, positions, catalogue, employees };
}

export type StaffingServices = ReturnType<typeof composeStaffing>;
