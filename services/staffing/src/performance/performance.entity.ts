import { Column, Entity, Index } from 'typeorm';
import { DecimalColumn, IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { KpiCode, SanctionKind } from './performance.rules';

/** Running sums of one KPI of one person in one month, added to by other domains' events. */
@Entity('kpi_facts')
@Index(['employeeId', 'month', 'kpi'], { unique: true })
export class KpiFactEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @Column({ type: 'varchar', length: 7 })
  month: string;

  @Column({ type: 'varchar', length: 20 })
  kpi: KpiCode;

  @DecimalColumn()
  numerator: number;

  @Column({ type: 'integer' })
  denominator: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

@Entity('performance_reviews')
@Index(['employeeId', 'month'])
export class PerformanceReviewEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @Column({ type: 'varchar', length: 7 })
  month: string;

  /** 1 (poor) to 5 (outstanding) */
  @Column({ type: 'integer' })
  rating: number;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  comments: string | null;

  @RefColumn({ name: 'reviewed_by', nullable: true })
  reviewedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A reward or penalty (奖惩) with its reason. */
@Entity('sanctions')
@Index(['employeeId', 'date'])
export class SanctionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @LocalDateColumn()
  date: string;

  @Column({ type: 'varchar', length: 8 })
  kind: SanctionKind;

  @Column({ type: 'integer' })
  points: number;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
