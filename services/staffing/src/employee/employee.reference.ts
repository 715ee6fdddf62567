import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { EmployeeService } from './employee.service';

/** Other subgraphs point at employees (assignees, who did it); the gateway resolves them here. */
export const employeeReference =
  (employees: EmployeeService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await employees.byIds(ids));
