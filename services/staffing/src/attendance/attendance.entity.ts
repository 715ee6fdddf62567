import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** The clock-in and clock-out of one rostered shift, with the terminal each was made on. */
@Entity('attendance_records')
@Index(['shiftId'], { unique: true })
@Index(['employeeId', 'date'])
export class AttendanceRecordEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @RefColumn({ name: 'shift_id' })
  shiftId: string;

  @LocalDateColumn()
  date: string;

  @TimestampColumn({ name: 'clock_in_at' })
  clockInAt: Date;

  @Column({ name: 'clock_in_device', type: 'varchar', length: 60 })
  clockInDevice: string;

  @TimestampColumn({ name: 'clock_out_at', nullable: true })
  clockOutAt: Date | null;

  @Column({ name: 'clock_out_device', type: 'varchar', length: 60, nullable: true })
  clockOutDevice: string | null;

  /** who approved the correction that last changed this record */
  @RefColumn({ name: 'corrected_by', nullable: true })
  correctedBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

export const CORRECTION_STATUSES = ['REQUESTED', 'APPROVED', 'REJECTED'] as const;
export type CorrectionStatus = (typeof CORRECTION_STATUSES)[number];

/** A forgotten or wrong clock, corrected only once a supervisor approves it. */
@Entity('attendance_corrections')
@Index(['employeeId'])
export class AttendanceCorrectionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @RefColumn({ name: 'shift_id' })
  shiftId: string;

  @TimestampColumn({ name: 'clock_in_at' })
  clockInAt: Date;

  @TimestampColumn({ name: 'clock_out_at', nullable: true })
  clockOutAt: Date | null;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 12 })
  status: CorrectionStatus;

  @RefColumn({ name: 'requested_by' })
  requestedBy: string;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
