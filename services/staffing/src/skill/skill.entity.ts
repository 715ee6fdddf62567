import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** A skill or certification an employee holds (food hygiene, first aid, forklift …), possibly expiring. */
@Entity('employee_skills')
@Index(['employeeId', 'code'])
export class SkillEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  /** kebab-case key shift templates require, e.g. food-hygiene */
  @Column({ type: 'varchar', length: 40 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ name: 'certificate_number', type: 'varchar', length: 60, nullable: true })
  certificateNumber: string | null;

  @LocalDateColumn({ name: 'obtained_on', nullable: true })
  obtainedOn: string | null;

  @LocalDateColumn({ name: 'expires_on', nullable: true })
  expiresOn: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}
