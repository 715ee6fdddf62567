import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { LostItemCategory, LostItemStatus } from './lost-found.rules';

/** An item left behind (遗留物品); what happened to it and who did it is in its history. */
@Entity('lost_items')
@Index(['propertyId', 'status'])
@Index(['propertyId', 'foundAt', 'id'])
export class LostItemEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  category: LostItemCategory;

  @Column({ type: 'varchar', length: 500 })
  description: string;

  @Column({ name: 'found_location', type: 'varchar', length: 200 })
  foundLocation: string;

  @RefColumn({ name: 'room_id', nullable: true })
  roomId: string | null;

  /** The stay of the guest it probably belongs to, when known. */
  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: LostItemStatus;

  @TimestampColumn({ name: 'found_at' })
  foundAt: Date;

  @RefColumn({ name: 'found_by', nullable: true })
  foundBy: string | null;

  /** Shelf or safe where it is kept. */
  @Column({ name: 'storage_location', type: 'varchar', length: 100, nullable: true })
  storageLocation: string | null;

  /** Claimed: who collected it (name and ID checked); shipped: recipient and address. */
  @Column({ name: 'handed_to', type: 'varchar', length: 300, nullable: true })
  handedTo: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  carrier: string | null;

  @Column({ name: 'tracking_number', type: 'varchar', length: 100, nullable: true })
  trackingNumber: string | null;

  @Column({ type: 'integer' })
  version: number;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** Each step of an item's life: who, when, and a note. */
@Entity('lost_item_history')
@Index(['itemId', 'seq'], { unique: true })
export class LostItemHistoryEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'item_id' })
  itemId: string;

  @Column({ type: 'integer' })
  seq: number;

  @Column({ type: 'varchar', length: 20 })
  status: LostItemStatus;

  @TimestampColumn()
  at: Date;

  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'text', nullable: true })
  note: string | null;
}
