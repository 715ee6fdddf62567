import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { BanquetStatus } from './banquet.rules';

/** A banquet event order (宴会): date, room, covers, menu, set price and deposit, for a group block. */
@Entity('banquets')
@Index(['outletId', 'eventDate'])
export class BanquetEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  /** Reservations' group block whose account the banquet is charged to. */
  @RefColumn({ name: 'group_block_id' })
  groupBlockId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @LocalDateColumn({ name: 'event_date' })
  eventDate: string;

  @Column({ name: 'room_name', type: 'varchar', length: 100 })
  roomName: string;

  @Column({ type: 'integer' })
  covers: number;

  @Column({ type: 'varchar', length: 2000 })
  menu: string;

  /** Per cover. */
  @MinorUnitsColumn({ name: 'set_price_minor' })
  setPriceMinor: number;

  @MinorUnitsColumn({ name: 'deposit_minor' })
  depositMinor: number;

  @Column({ type: 'varchar', length: 10 })
  currency: string;

  @Column({ type: 'varchar', length: 10 })
  status: BanquetStatus;

  @MinorUnitsColumn({ name: 'charged_minor', nullable: true })
  chargedMinor: number | null;

  @Column({ name: 'posting_status', type: 'varchar', length: 16, nullable: true })
  postingStatus: string | null;

  @Column({ name: 'posting_reason', type: 'varchar', length: 500, nullable: true })
  postingReason: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
