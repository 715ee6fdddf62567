import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { EmployeeEntity } from './employee.entity';
import type { EmployeeService } from './employee.service';

/** Employees by id, one query per request: for every field that returns an employee. */
export const loadEmployee = (ctx: RequestContext, employees: EmployeeService) =>
  ctx.loader<EmployeeEntity>('Employee', async (ids) => inIdOrder(ids, await employees.byIds(ids)));

/** Other subgraphs point at employees (assignees, who did it); the gateway resolves them here. */
export const employeeReference =
  (employees: EmployeeService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await employees.byIds(ids));
