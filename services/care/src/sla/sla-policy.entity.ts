import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { CaseSeverity } from '../case/case.rules';

/** Targets for cases of one category ('*' = any) and severity in one property. */
@Entity('sla_policies')
@Index(['propertyId', 'category', 'severity'], { unique: true })
export class SlaPolicyEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 80 })
  category: string;

  @Column({ type: 'varchar', length: 10 })
  severity: CaseSeverity;

  @Column({ name: 'first_response_minutes', type: 'integer' })
  firstResponseMinutes: number;

  @Column({ name: 'resolution_minutes', type: 'integer' })
  resolutionMinutes: number;

  @Column({ name: 'warn_before_minutes', type: 'integer' })
  warnBeforeMinutes: number;

  @Column({ name: 'escalate_after_minutes', type: 'integer' })
  escalateAfterMinutes: number;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
