import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { CheckArea, ChecklistKind, ServiceStatus } from './service.rules';

/** One service of an outlet: a period on a business date, opened after its pre-opening check. */
@Entity('outlet_services')
@Index(['outletId', 'businessDate', 'periodId'], { unique: true })
export class OutletServiceEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'period_id' })
  periodId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 10 })
  status: ServiceStatus;

  @RefColumn({ name: 'opened_by', nullable: true })
  openedBy: string | null;

  @TimestampColumn({ name: 'opened_at' })
  openedAt: Date;

  @TimestampColumn({ name: 'closed_at', nullable: true })
  closedAt: Date | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** A recorded check: pre-opening (开餐前检查) or closing (收市检查), for one period of one date. */
@Entity('checklists')
@Index(['outletId', 'businessDate', 'periodId', 'kind'], { unique: true })
export class ChecklistEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'outlet_id' })
  outletId: string;

  @RefColumn({ name: 'period_id' })
  periodId: string;

  @LocalDateColumn({ name: 'business_date' })
  businessDate: string;

  @Column({ type: 'varchar', length: 12 })
  kind: ChecklistKind;

  @RefColumn({ name: 'checked_by', nullable: true })
  checkedBy: string | null;

  @Column({ name: 'failed_count', type: 'integer' })
  failedCount: number;

  @TimestampColumn({ name: 'checked_at' })
  checkedAt: Date;
}

@Entity('checklist_items')
@Index(['checklistId', 'position'], { unique: true })
export class ChecklistItemEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'checklist_id' })
  checklistId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 20 })
  area: CheckArea;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'boolean' })
  passed: boolean;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** Who follows a failure up (an employee). */
  @RefColumn({ name: 'follow_up_owner_id', nullable: true })
  followUpOwnerId: string | null;
}
