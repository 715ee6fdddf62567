import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { RatePlanService } from './rate-plan.service';

export const ratePlanReference =
  (ratePlans: RatePlanService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await ratePlans.byIds(ids));
