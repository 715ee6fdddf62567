import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/** Who one of care's escalations reached (or that nobody could be), and why. */
@Entity('escalation_routes')
@Index(['caseId'])
export class EscalationRouteEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'case_id' })
  caseId: string;

  @Column({ name: 'case_number', type: 'varchar', length: 40 })
  caseNumber: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ name: 'requested_role', type: 'varchar', length: 64 })
  requestedRole: string;

  @Column({ name: 'routed_role', type: 'varchar', length: 64 })
  routedRole: string;

  @RefColumn({ name: 'notified_employee_id', nullable: true })
  notifiedEmployeeId: string | null;

  @Column({ type: 'varchar', length: 500 })
  explanation: string;

  @TimestampColumn({ name: 'routed_at' })
  routedAt: Date;
}
