import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, MinorUnitsColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { ApproverTier, CompensationStatus } from './compensation.rules';

/** A compensation offered to a guest on a case; approved ones become a folio allowance (event). */
@Entity('compensations')
@Index(['propertyId', 'status'])
@Index(['caseId'])
@Index(['propertyId', 'decidedAt'])
export class CompensationEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  @RefColumn({ name: 'case_id' })
  caseId: string;

  /** The stay whose folio receives the allowance (copied from the case). */
  @RefColumn({ name: 'reservation_id' })
  reservationId: string;

  @MinorUnitsColumn({ name: 'amount_minor' })
  amountMinor: number;

  @Column({ type: 'varchar', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 500 })
  reason: string;

  @Column({ type: 'varchar', length: 20 })
  status: CompensationStatus;

  /** The lowest tier allowed to approve it under the limits in force when proposed. */
  @Column({ name: 'required_tier', type: 'varchar', length: 20 })
  requiredTier: ApproverTier;

  @RefColumn({ name: 'proposed_by', nullable: true })
  proposedBy: string | null;

  @TimestampColumn({ name: 'proposed_at' })
  proposedAt: Date;

  @RefColumn({ name: 'decided_by', nullable: true })
  decidedBy: string | null;

  @TimestampColumn({ name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decision_note', type: 'text', nullable: true })
  decisionNote: string | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  /** when reservations posted it (FolioPosted) */
  @TimestampColumn({ name: 'posted_at', nullable: true })
  postedAt: Date | null;

  /** posted to a closed folio: the guest is owed a refund */
  @Column({ name: 'post_stay', type: 'boolean', nullable: true })
  postStay: boolean | null;

  /** reservations' reason code when it could not post it (FolioPostingRejected) */
  @Column({ name: 'posting_code', type: 'varchar', length: 64, nullable: true })
  postingCode: string | null;

  @Column({ name: 'posting_error', type: 'varchar', length: 500, nullable: true })
  postingError: string | null;
}

/** Per-property approval limits (minor units of the property's currency). */
@Entity('compensation_limits')
export class CompensationLimitsEntity {
  @PrimaryColumn({ name: 'property_id', type: 'varchar', length: 36 })
  propertyId: string;

  @MinorUnitsColumn({ name: 'agent_limit_minor' })
  agentLimitMinor: number;

  @MinorUnitsColumn({ name: 'supervisor_limit_minor' })
  supervisorLimitMinor: number;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;

  @RefColumn({ name: 'updated_by', nullable: true })
  updatedBy: string | null;
}
