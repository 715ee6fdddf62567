import { inIdOrder, type RequestContext } from '@hotelops/kernel';
import type { DepartmentEntity } from './department/department.entity';
import type { DepartmentService } from './department/department.service';
import type { PositionEntity } from './position/position.entity';
import type { PositionService } from './position/position.service';

/*
 * Per-request batched loads shared by field resolvers (one query per type however many parents).
 * Named loaders are shared across resolvers within a request, so every caller must batch the same way.
 */

export const positionLoader = (ctx: RequestContext, positions: PositionService) =>
  ctx.loader<PositionEntity>('Position', async (ids) => inIdOrder(ids, await positions.byIds(ids)));

export const departmentLoader = (ctx: RequestContext, departments: DepartmentService) =>
  ctx.loader<DepartmentEntity>('Department', async (ids) => inIdOrder(ids, await departments.byIds(ids)));
