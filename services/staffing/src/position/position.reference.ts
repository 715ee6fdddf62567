import { inIdOrder, type ReferenceLoader, type RequestContext } from '@hotelops/kernel';
import type { PositionEntity } from './position.entity';
import type { PositionService } from './position.service';

/** Positions by id, one query per request: for every field that returns a position. */
export const loadPosition = (ctx: RequestContext, positions: PositionService) =>
  ctx.loader<PositionEntity>('Position', async (ids) => inIdOrder(ids, await positions.byIds(ids)));

export const positionReference =
  (positions: PositionService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await positions.byIds(ids));
