import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { RequisitionStatus } from './requisition.rules';

/** A department's request to recruit (招聘需求) for a position, through approval to the hires that fill it. */
@Entity('requisitions')
@Index(['propertyId', 'status'])
export class RequisitionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @RefColumn({ name: 'position_id' })
  positionId: string;

  @Column({ type: 'integer' })
  headcount: number;

  @Column({ type: 'integer' })
  hired: number;

  @JsonColumn({ name: 'hired_ids' })
  hiredIds: string[];

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @LocalDateColumn({ name: 'needed_by', nullable: true })
  neededBy: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: RequisitionStatus;

  @RefColumn({ name: 'requested_by', nullable: true })
  requestedBy: string | null;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
