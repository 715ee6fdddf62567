import { inIdOrder, type ReferenceLoader } from '@hotelops/kernel';
import type { GroupBlockService } from './group-block.service';

export const groupBlockReference =
  (groupBlocks: GroupBlockService): ReferenceLoader =>
  async (ids) =>
    inIdOrder(ids, await groupBlocks.byIds(ids));
