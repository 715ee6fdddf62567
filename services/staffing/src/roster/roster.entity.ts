import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { RosterStatus } from './roster.rules';

/** A department's roster (排班表) for one month: drafted, validated, published. */
@Entity('rosters')
@Index(['propertyId', 'departmentId', 'month'], { unique: true })
export class RosterEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  /** YYYY-MM */
  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 12 })
  status: RosterStatus;

  /** 1 when first published; each amendment republishes it as the next version. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @TimestampColumn({ name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @RefColumn({ name: 'published_by', nullable: true })
  publishedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
