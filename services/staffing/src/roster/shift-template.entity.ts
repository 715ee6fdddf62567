import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A shift type of a department (早班 07:00–15:00 …): times, break, position and skills it needs. */
@Entity('shift_templates')
@Index(['propertyId', 'departmentId', 'code'], { unique: true })
export class ShiftTemplateEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** HH:MM local */
  @Column({ name: 'starts_at', type: 'varchar', length: 5 })
  startsAt: string;

  /** HH:MM local; at or before startsAt = the next day */
  @Column({ name: 'ends_at', type: 'varchar', length: 5 })
  endsAt: string;

  @Column({ name: 'break_minutes', type: 'integer' })
  breakMinutes: number;

  @RefColumn({ name: 'position_id', nullable: true })
  positionId: string | null;

  @JsonColumn({ name: 'required_skills' })
  requiredSkills: string[];

  /** whoever works this shift is the department's duty manager (值班经理) for its hours */
  @Column({ type: 'boolean', default: false })
  duty: boolean;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
