import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { AssetCondition, AssetEvent, AssetStatus } from './asset.rules';

/** A fixed asset: a vacuum cleaner, a safe, a banquet chair set — tagged and placed. */
@Entity('assets')
@Index(['propertyId', 'tag'], { unique: true })
export class AssetEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 40 })
  tag: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @RefColumn({ name: 'location_id' })
  locationId: string;

  /** the employee (staffing) who answers for it */
  @RefColumn({ name: 'custodian_id', nullable: true })
  custodianId: string | null;

  @Column({ type: 'varchar', length: 20 })
  condition: AssetCondition;

  @Column({ type: 'varchar', length: 20 })
  status: AssetStatus;

  @MinorUnitsColumn({ name: 'cost_minor' })
  costMinor: number;

  @LocalDateColumn({ name: 'acquired_on', nullable: true })
  acquiredOn: string | null;

  /** the last count that found it on its bin */
  @RefColumn({ name: 'verified_by_count_id', nullable: true })
  verifiedByCountId: string | null;

  @JsonColumn()
  history: AssetEvent[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
