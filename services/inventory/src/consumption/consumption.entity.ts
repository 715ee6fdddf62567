import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, JsonColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { ConsumptionSource, Shortfall } from './consumption.rules';

/** One booked use of stock from another domain's fact, once per (source, sourceId). */
@Entity('consumptions')
export class ConsumptionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  source: ConsumptionSource;

  /** the depletion id, or night audit and location: what makes a replay recognisable */
  @Column({ name: 'source_id', type: 'varchar', length: 100 })
  sourceId: string;

  @RefColumn({ name: 'location_id' })
  locationId: string;

  @RefColumn({ name: 'outlet_id', nullable: true })
  outletId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  department: string | null;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @DecimalColumn({ name: 'value_minor' })
  valueMinor: number;

  /** what could not be taken out of stock, and why: the count will show it as variance */
  @JsonColumn()
  shortfalls: Shortfall[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** Amenities and linen used per occupied room-night of a room type, drawn from a housekeeping location. */
@Entity('housekeeping_pars')
export class HousekeepingParEntity {
  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 36 })
  itemId: string;

  @PrimaryColumn({ name: 'room_type_id', type: 'varchar', length: 36 })
  roomTypeId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'location_id' })
  locationId: string;

  @DecimalColumn({ name: 'per_occupied_night' })
  perOccupiedNight: number;
}
