import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { DepartmentEntity } from './department.entity';
import type { DepartmentService } from './department.service';

/** Departments by id, one query per request: for every field that returns a department. */
export const loadDepartment = (ctx: RequestContext, departments: DepartmentService) =>
  ctx.loader<DepartmentEntity>('Department', async (ids) => inIdOrder(ids, await departments.byIds(ids)));

export const departmentReference =
  (departments: DepartmentService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await departments.byIds(ids));
