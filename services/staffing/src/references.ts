import { inIdOrder, type ReferenceLoader, type ServiceDeps } from '@hotelops/kernel';
import { DepartmentService } from './department/department.service';
import { EmployeeService } from './employee/employee.service';
import { PositionService } from './position/position.service';

/** Entity resolution for the gateway: one query per entity type per request. */
export function references(deps: ServiceDeps): Record<string, ReferenceLoader> {
  const employees = new EmployeeService(deps);
  const positions = new PositionService(deps);
  const departments = new DepartmentService(deps);
  return {
    Employee: async (ids) => inIdOrder(ids, await employees.byIds(ids)),
    Position: async (ids) => inIdOrder(ids, await positions.byIds(ids)),
    Department: async (ids) => inIdOrder(ids, await departments.byIds(ids)),
  };
}
