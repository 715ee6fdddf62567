import { Column, Entity, PrimaryColumn } from 'typeorm';
import { TimestampColumn } from '@hotelops/kernel';

/** A property's time zone as inventory knows it, learned from reservations (absent: UTC). */
@Entity('property_zones')
export class PropertyZoneEntity {
  @PrimaryColumn({ name: 'property_id', type: 'varchar', length: 36 })
  propertyId: string;

  /** IANA zone, e.g. Asia/Shanghai */
  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
