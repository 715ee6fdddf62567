import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { HousekeepingStatus, OutageKind } from './room.rules';

@Entity('room_types')
@Index(['propertyId', 'code'], { unique: true })
export class RoomTypeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer' })
  capacity: number;

  /** Rack rate per night in the property's currency (rate plans come later). */
  @MinorUnitsColumn({ name: 'base_rate_minor' })
  baseRateMinor: number;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

@Entity('rooms')
@Index(['propertyId', 'number'], { unique: true })
export class RoomEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'room_type_id' })
  roomTypeId: string;

  @Column({ type: 'varchar', length: 10 })
  number: string;

  @Column({ type: 'integer' })
  floor: number;

  @Column({ name: 'housekeeping_status', type: 'varchar', length: 20 })
  housekeepingStatus: HousekeepingStatus;

  @Column({ type: 'boolean', default: false })
  occupied: boolean;

  /** e.g. "lake view", "bathtub", "connecting" */
  @JsonColumn({ default: '[]' })
  features: string[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A room taken out of order (repairs) or out of service (minor) for [fromDate, untilDate). */
@Entity('room_outages')
@Index(['roomTypeId', 'fromDate'])
export class RoomOutageEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'room_id' })
  roomId: string;

  @RefColumn({ name: 'room_type_id' })
  roomTypeId: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OutageKind;

  @Column({ type: 'varchar', length: 300 })
  reason: string;

  @LocalDateColumn({ name: 'from_date' })
  fromDate: string;

  /** The return date: the first night the room is sellable again. */
  @LocalDateColumn({ name: 'until_date' })
  untilDate: string;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
