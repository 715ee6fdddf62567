import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { OutletKind } from './outlet.rules';

/** A point of sale: restaurant, bar, room service, banquet hall or café. */
@Entity('outlets')
@Index(['propertyId', 'name'])
export class OutletEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OutletKind;

  /** Menu prices and bills are in this currency (the property's). */
  @Column({ type: 'varchar', length: 3 })
  currency: string;

  /** The property's IANA time zone: business dates and service hours are local to it. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  /** Whether a failed pre-opening check item keeps a service from opening. */
  @Column({ name: 'failure_blocks_opening', type: 'boolean' })
  failureBlocksOpening: boolean;

  /** The last business date closed (日结); sales after it belong to the next date. */
  @LocalDateColumn({ name: 'last_closed_date', nullable: true })
  lastClosedDate: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** Opening hours of one service of an outlet (breakfast 06:30–10:30, dinner 17:30–22:00). */
@Entity('service_periods')
@Index(['outletId', 'startsAt'])
export class ServicePeriodEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 60 })
  name: string;

  @Column({ name: 'starts_at', type: 'varchar', length: 5 })
  startsAt: string;

  @Column({ name: 'ends_at', type: 'varchar', length: 5 })
  endsAt: string;
}
