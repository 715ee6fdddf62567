import type { EntityManager } from 'typeorm';
import type { GroupBlockEntity } from '../group/group-block.entity';
import { holdsRooms } from '../group/group-block.rules';
import type { GroupBlockService } from '../group/group-block.service';
import type { RoomInventoryService } from '../room-inventory/room-inventory.service';

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
  constructor({ roomInventory, groupBlocks }: { roomInventory: RoomInventoryService; groupBlocks: GroupBlockService }) {
    this.inventory = roomInventory;
    this.blocks = groupBlocks;
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

  private blockOf(em: EntityManager, stay: StayRef): Promise<GroupBlockEntity | null> {
    return stay.groupBlockId ? this.blocks.ofProperty(em, stay.groupBlockId, stay.propertyId) : Promise.resolve(null);
  }
}
