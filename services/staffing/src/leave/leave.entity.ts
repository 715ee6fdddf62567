import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { LeaveStatus } from './leave.rules';
import { DecidedRequestColumns } from '../decision/decided-request.columns';

/** A kind of leave of a property (annual, sick, personal …) and its yearly allowance. */
@Entity('leave_types')
@Index(['propertyId', 'code'], { unique: true })
export class LeaveTypeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'varchar', length: 20 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** days per year, accrued monthly; null = no allowance to check (unpaid leave) */
  @Column({ name: 'annual_days', type: 'integer', nullable: true })
  annualDays: number | null;

  @Column({ type: 'boolean', default: true })
  paid: boolean;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

@Entity('leave_requests')
@Index(['employeeId', 'fromDate'])
@Index(['departmentId', 'fromDate'])
export class LeaveRequestEntity extends DecidedRequestColumns {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  /** the department when asked: the department calendar shows it */
  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @RefColumn({ name: 'leave_type_id' })
  leaveTypeId: string;

  @LocalDateColumn({ name: 'from_date' })
  fromDate: string;

  @LocalDateColumn({ name: 'to_date' })
  toDate: string;

  @Column({ type: 'integer' })
  days: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: LeaveStatus;
}
