import { Column, Entity, Index } from 'typeorm';
import { IdColumn, LocalDateColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { EmployeeStatus } from './employee.rules';

@Entity('employees')
@Index(['propertyId', 'employeeNumber'], { unique: true })
@Index(['positionId'])
export class EmployeeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'position_id' })
  positionId: string;

  /** The hotel's own staff number (工号), unique within the property. */
  @Column({ name: 'employee_number', type: 'varchar', length: 20 })
  employeeNumber: string;

  @Column({ name: 'first_name', type: 'varchar', length: 100 })
  firstName: string;

  @Column({ name: 'last_name', type: 'varchar', length: 100 })
  lastName: string;

  /** The person this employee reports to, when HR set one; otherwise the holder of the position's reportsTo. */
  @RefColumn({ name: 'supervisor_id', nullable: true })
  supervisorId: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 30, nullable: true })
  phone: string | null;

  @Column({ type: 'varchar', length: 12 })
  status: EmployeeStatus;

  @LocalDateColumn({ name: 'hired_on' })
  hiredOn: string;

  @LocalDateColumn({ name: 'terminated_on', nullable: true })
  terminatedOn: string | null;

  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}
