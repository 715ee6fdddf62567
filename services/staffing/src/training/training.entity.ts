import { Column, Entity, Index } from 'typeorm';
import { IdColumn, JsonColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { RecordStatus, SessionKind } from './training.rules';

/** A training plan (培训计划) of a department (or the whole property) for a period. */
@Entity('training_plans')
@Index(['propertyId'])
export class TrainingPlanEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** e.g. 2026-12 or 2027-Q1 */
  @Column({ type: 'varchar', length: 20 })
  period: string;

  @JsonColumn()
  topics: string[];

  @RefColumn({ name: 'created_by', nullable: true })
  createdBy: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** A session; ONBOARDING sessions are assigned to every new hire of their department (or property). */
@Entity('training_sessions')
@Index(['propertyId', 'kind'])
export class TrainingSessionEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'plan_id', nullable: true })
  planId: string | null;

  @RefColumn({ name: 'department_id', nullable: true })
  departmentId: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 12 })
  kind: SessionKind;

  @LocalDateColumn({ nullable: true })
  date: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  trainer: string | null;

  /** the skill a pass certifies (recorded on the person with its expiry) */
  @Column({ name: 'grants_skill', type: 'varchar', length: 40, nullable: true })
  grantsSkill: string | null;

  @Column({ name: 'skill_name', type: 'varchar', length: 100, nullable: true })
  skillName: string | null;

  @Column({ name: 'valid_months', type: 'integer', nullable: true })
  validMonths: number | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;
}

/** One person's place in a session: assigned, attended or absent, with the result. */
@Entity('training_records')
@Index(['sessionId', 'employeeId'], { unique: true })
export class TrainingRecordEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'session_id' })
  sessionId: string;

  @RefColumn({ name: 'employee_id' })
  employeeId: string;

  @Column({ type: 'varchar', length: 12 })
  status: RecordStatus;

  @Column({ type: 'integer', nullable: true })
  score: number | null;

  @Column({ type: 'boolean', default: false })
  passed: boolean;

  @Column({ name: 'certificate_number', type: 'varchar', length: 60, nullable: true })
  certificateNumber: string | null;

  @RefColumn({ name: 'recorded_by', nullable: true })
  recordedBy: string | null;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
