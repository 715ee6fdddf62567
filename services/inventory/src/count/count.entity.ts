import { Column, Entity, PrimaryColumn } from 'typeorm';
import { DecimalColumn, IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { CountKind, CountStatus } from './count.rules';

/** A cycle count or full stocktake: the bins it froze are its lines' locations. */
@Entity('counts')
export class CountEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 10 })
  kind: CountKind;

  @Column({ type: 'varchar', length: 20 })
  status: CountStatus;

  /** Counters do not see the book quantity while counting. */
  @Column({ type: 'boolean' })
  blind: boolean;

  @Column({ name: 'recount_threshold_percent', type: 'integer' })
  recountThresholdPercent: number;

  @DecimalColumn({ name: 'variance_value_minor', nullable: true })
  varianceValueMinor: number | null;

  @RefColumn({ name: 'opened_by', nullable: true })
  openedBy: string | null;

  @RefColumn({ name: 'approved_by', nullable: true })
  approvedBy: string | null;

  @TimestampColumn({ name: 'opened_at' })
  openedAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** One item in one bin of a count: the books when it opened, what was counted. */
@Entity('count_lines')
export class CountLineEntity {
  @PrimaryColumn({ name: 'count_id', type: 'varchar', length: 36 })
  countId: string;

  @PrimaryColumn({ name: 'location_id', type: 'varchar', length: 36 })
  locationId: string;

  @PrimaryColumn({ name: 'item_id', type: 'varchar', length: 36 })
  itemId: string;

  @DecimalColumn()
  expected: number;

  @DecimalColumn({ nullable: true })
  counted: number | null;

  /** The moving average when the count opened: the variance is valued at it. */
  @DecimalColumn({ name: 'unit_cost' })
  unitCost: number;

  @Column({ type: 'integer' })
  recounts: number;

  @RefColumn({ name: 'counted_by', nullable: true })
  countedBy: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  explanation: string | null;
}
