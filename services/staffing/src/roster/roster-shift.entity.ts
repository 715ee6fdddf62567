import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/**
 * One person on one shift of a roster. Times are local minutes since 1970 (see
 * local-time.rules): the rules compare them directly and "who is on duty now" is a range query.
 */
@Entity('roster_shifts')
@Index(['rosterId'])
@Index(['employeeId', 'date'])
@Index(['propertyId', 'startMin'])
export class RosterShiftEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'roster_id' })
  rosterId: string;

  @RefColumn({ name: 'department_id' })
  departmentId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @RefColumn({ name: 'template_id' })
  templateId: string;

  /** the local date the shift starts on */
  @LocalDateColumn()
  date: string;

  @Column({ name: 'start_min', type: 'integer' })
  startMin: number;

  @Column({ name: 'end_min', type: 'integer' })
  endMin: number;

  @Column({ name: 'break_minutes', type: 'integer' })
  breakMinutes: number;

  @RefColumn({ name: 'position_id', nullable: true })
  positionId: string | null;

  @JsonColumn({ name: 'required_skills' })
  requiredSkills: string[];

  @Column({ type: 'boolean', default: false })
  duty: boolean;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
