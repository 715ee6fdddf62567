import type { EntityManager } from 'typeorm';
import { notFound, type ServiceDeps } from '@hotelops/kernel';
import { GroupBlockEntity } from '../group/group-block.entity';
import { holdsRooms } from '../group/group-block.rules';
import { GroupBlockService } from '../group/group-block.service';
import { RoomInventoryService } from '../room-inventory/room-inventory.service';

interface StayRef {
  propertyId: string;
  roomTypeId: string;
  groupBlockId: string | null;
}

/**
 * Where a stay's nights come from: the block's allotment while the block holds rooms, otherwise
 * general availability. Both are conditional UPDATEs inside the caller's transaction.
 */
export class StayInventory {
  private readonly inventory: RoomInventoryService;
  private readonly blocks: GroupBlockService;
  constructor(deps: ServiceDeps) {
    this.inventory = new RoomInventoryService(deps);
    this.blocks = new GroupBlockService(deps);
  }

  async take(em: EntityManager, stay: StayRef, typeName: string, from: string, to: string): Promise<void> {
    const block = await this.blockOf(em, stay);
    if (block && holdsRooms(block)) return this.blocks.pickUp(em, block, stay.roomTypeId, from, to);
    return this.inventory.reserve(em, { id: stay.roomTypeId, propertyId: stay.propertyId, name: typeName }, from, to);
  }

  async giveBack(em: EntityManager, stay: StayRef, from: string, to: string): Promise<void> {
    const block = await this.blockOf(em, stay);
    if (block && holdsRooms(block)) return this.blocks.returnPickUp(em, block.id, stay.roomTypeId, from, to);
    return this.inventory.release(em, { id: stay.roomTypeId, propertyId: stay.propertyId }, from, to);
  }

  private async blockOf(em: EntityManager, stay: StayRef): Promise<GroupBlockEntity | null> {
    if (!stay.groupBlockId) return null;
    const block = await em.findOneBy(GroupBlockEntity, { id: stay.groupBlockId });
    if (!block) throw notFound('GROUP_BLOCK.NOT_FOUND', 'Group block', stay.groupBlockId);
    return block;
  }
}
