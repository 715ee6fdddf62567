import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

@Entity('staffing_policies')
@Index(['propertyId'], { unique: true })
export class StaffingPolicyEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64 })
  timeZone: string;

  @Column({ name: 'min_rest_minutes', type: 'integer' })
  minRestMinutes: number;

  @Column({ name: 'max_weekly_minutes', type: 'integer' })
  maxWeeklyMinutes: number;

  @Column({ name: 'late_grace_minutes', type: 'integer' })
  lateGraceMinutes: number;

  @Column({ name: 'early_leave_grace_minutes', type: 'integer' })
  earlyLeaveGraceMinutes: number;

  @Column({ name: 'overtime_threshold_minutes', type: 'integer' })
  overtimeThresholdMinutes: number;

  @Column({ name: 'clock_in_window_minutes', type: 'integer' })
  clockInWindowMinutes: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
