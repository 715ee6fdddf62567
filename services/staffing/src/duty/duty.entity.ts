import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** What a position does in a time slot of its shift (时段化工作), as a checklist. */
@Entity('duty_checklists')
@Index(['positionId'])
export class DutyChecklistEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @RefColumn({ name: 'position_id' })
  positionId: string;

  @Column({ name: 'starts_at', type: 'varchar', length: 5 })
  startsAt: string;

  @Column({ name: 'ends_at', type: 'varchar', length: 5 })
  endsAt: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @JsonColumn()
  items: string[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** One person's completion of a checklist on a day. */
@Entity('duty_checks')
@Index(['checklistId', 'employeeId', 'date'], { unique: true })
export class DutyCheckEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'checklist_id' })
  checklistId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @LocalDateColumn()
  date: string;

  @JsonColumn()
  done: string[];

  @Column({ type: 'boolean', default: false })
  complete: boolean;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @TimestampColumn({ name: 'recorded_at' })
  recordedAt: Date;
}

export const BRIEFING_KINDS = ['MORNING', 'SHIFT', 'WEEKLY'] as const;
export type BriefingKind = (typeof BRIEFING_KINDS)[number];

/** A department's briefing (晨会/例会): who attended, the topics, the notes. */
@Entity('briefings')
@Index(['departmentId', 'date'])
export class BriefingEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @LocalDateColumn()
  date: string;

  @Column({ type: 'varchar', length: 12 })
  kind: BriefingKind;

  @RefColumn({ name: 'led_by', nullable: true })
  ledBy: string | null;

  @JsonColumn({ name: 'attendee_ids' })
  attendeeIds: string[];

  @JsonColumn()
  topics: string[];

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A grooming check (仪容仪表) of one person; it passes when nothing was found. */
@Entity('grooming_checks')
@Index(['employeeId', 'date'])
export class GroomingCheckEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @RefColumn({ name: 'checked_by', nullable: true })
  checkedBy: string | null;

  @LocalDateColumn()
  date: string;

  @Column({ type: 'boolean', default: true })
  passed: boolean;

  @JsonColumn()
  findings: { item: string; note: string }[];

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
