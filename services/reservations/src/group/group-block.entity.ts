import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { BlockKind, BlockStatus } from './group-block.rules';

/** A group or conference (团队、会议) block: rooms held per type and night until the release date. */
@Entity('group_blocks')
@Index(['propertyId', 'code'], { unique: true })
export class GroupBlockEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 12 })
  kind: BlockKind;

  @Column({ type: 'varchar', length: 12 })
  status: BlockStatus;

  @RefColumn({ name: 'corporate_account_id', nullable: true })
  corporateAccountId: string | null;

  /** Group rate per room and night. */
  @MinorUnitsColumn({ name: 'rate_minor' })
  rateMinor: number;

  @LocalDateColumn()
  arrival: string;

  @LocalDateColumn()
  departure: string;

  /** From this local date, rooms not picked up return to general availability. */
  @LocalDateColumn({ name: 'release_date' })
  releaseDate: string;

  @TimestampColumn({ name: 'released_at', nullable: true })
  releasedAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** Rooms of one type held for a block on one night, and how many the group has booked. */
@Entity('block_allotments')
export class BlockAllotmentEntity {
  @PrimaryColumn({ name: 'block_id', type: 'varchar', length: 36 })
  blockId: string;

  @PrimaryColumn({ name: 'room_type_id', type: 'varchar', length: 36 })
  roomTypeId: string;

  @PrimaryColumn({ name: 'stay_date', type: 'date' })
  stayDate: string;

  @Column({ type: 'integer' })
  allotted: number;

  @Column({ name: 'picked_up', type: 'integer', default: 0 })
  pickedUp: number;
}
