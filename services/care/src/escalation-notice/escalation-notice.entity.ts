import { Column, Entity, Index } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';

/**
 * Who one escalation of a case reached, as staffing resolved it (EscalationRouted): the employee
 * on duty in the role, the level it fell back to, or nobody on duty at any level.
 */
@Entity('case_escalation_notices')
@Index(['caseId', 'level'])
export class CaseEscalationNoticeEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'case_id' })
  caseId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @Column({ type: 'integer' })
  level: number;

  @Column({ name: 'requested_role', type: 'varchar', length: 64 })
  requestedRole: string;

  @Column({ name: 'routed_role', type: 'varchar', length: 64 })
  routedRole: string;

  /** Null: staffing found nobody on duty and clocked in at any level. */
  @RefColumn({ name: 'notified_employee_id', nullable: true })
  notifiedEmployeeId: string | null;

  @Column({ type: 'varchar', length: 500 })
  explanation: string;

  @TimestampColumn({ name: 'routed_at' })
  routedAt: Date;

  /** The EscalationRouted event recorded; unique, so a redelivery cannot record it twice. */
  @RefColumn({ name: 'source_event_id', unique: true })
  sourceEventId: string;
}
