import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { IdColumn, RefColumn, TimestampColumn } from '@hotelops/kernel';
import type { CaseChannel, CaseHistoryAction, CaseKind, CaseSeverity, CaseStatus, NoteVisibility } from './case.rules';

/**
 * A guest case. The timestamps (opened, first response, resolved, closed) and the history
 * are what SLA clocks, escalation and compensation will be computed from.
 */
@Entity('cases')
@Index(['propertyId', 'number'], { unique: true })
@Index(['propertyId', 'status'])
@Index(['assigneeId', 'status'])
@Index(['reservationId'])
export class CaseEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** Human-readable, unique within the property: 'C-000123'. */
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 20 })
  kind: CaseKind;

  @Column({ type: 'varchar', length: 20 })
  channel: CaseChannel;

  /** Free text such as 'room-cleanliness'; SLA policies will key on it. */
  @Column({ type: 'varchar', length: 80 })
  category: string;

  @Column({ type: 'varchar', length: 10 })
  severity: CaseSeverity;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 20 })
  status: CaseStatus;

  @RefColumn({ name: 'reservation_id', nullable: true })
  reservationId: string | null;

  /** What the case concerns, as references to other domains: room (reservations), outlet (fnb), department and employee (staffing). */
  @RefColumn({ name: 'room_id', nullable: true })
  roomId: string | null;

  @RefColumn({ name: 'outlet_id', nullable: true })
  outletId: string | null;

  @RefColumn({ name: 'department_id', nullable: true })
  departmentId: string | null;

  @RefColumn({ name: 'employee_concerned_id', nullable: true })
  employeeConcernedId: string | null;

  /** Why it happened (e.g. 'maintenance', 'staffing', 'process'), set at resolution; complaint analysis groups by it. */
  @Column({ name: 'root_cause', type: 'varchar', length: 80, nullable: true })
  rootCause: string | null;

  /** For a follow-up survey: the case whose resolution it follows up (unique: one survey per case). */
  @RefColumn({ name: 'follow_up_of', nullable: true })
  followUpOf: string | null;

  /** The team whose queue the case is in (optional; an assignee may still be set). */
  @RefColumn({ name: 'team_id', nullable: true })
  teamId: string | null;

  /** Employee (staffing) working the case. */
  @RefColumn({ name: 'assignee_id', nullable: true })
  assigneeId: string | null;

  @Column({ name: 'guest_name', type: 'varchar', length: 200, nullable: true })
  guestName: string | null;

  /** The guest's profile (reservations), from the stay: repeat complainers are matched by it. */
  @RefColumn({ name: 'guest_id', nullable: true })
  guestId: string | null;

  @Column({ type: 'text', nullable: true })
  resolution: string | null;

  /** Bumped by every change; numbers the history entries, so the timeline has a total order. */
  @Column({ type: 'integer' })
  version: number;

  /** How many times a resolution was rejected; a quality signal. */
  @Column({ name: 'reopen_count', type: 'integer', default: 0 })
  reopenCount: number;

  /** The event that opened the case; unique, so a redelivered event cannot open a second one. */
  @RefColumn({ name: 'source_event_id', nullable: true, unique: true })
  sourceEventId: string | null;

  @TimestampColumn({ name: 'opened_at' })
  openedAt: Date;

  /** First guest-visible reply (the first-response SLA target measures up to here). */
  @TimestampColumn({ name: 'first_response_at', nullable: true })
  firstResponseAt: Date | null;

  @TimestampColumn({ name: 'resolved_at', nullable: true })
  resolvedAt: Date | null;

  @TimestampColumn({ name: 'closed_at', nullable: true })
  closedAt: Date | null;

  /** The policy whose targets were copied at opening; null = no SLA (surveys, properties without policies). */
  @RefColumn({ name: 'sla_policy_id', nullable: true })
  slaPolicyId: string | null;

  /** Targets; moved later by every pause while waiting on the guest. */
  @TimestampColumn({ name: 'first_response_due_at', nullable: true })
  firstResponseDueAt: Date | null;

  @TimestampColumn({ name: 'resolution_due_at', nullable: true })
  resolutionDueAt: Date | null;

  /** Set while WAITING_ON_GUEST: the clocks stand still. */
  @TimestampColumn({ name: 'sla_paused_at', nullable: true })
  slaPausedAt: Date | null;

  @Column({ name: 'sla_warn_minutes', type: 'integer', default: 0 })
  slaWarnMinutes: number;

  @Column({ name: 'sla_escalate_minutes', type: 'integer', default: 0 })
  slaEscalateMinutes: number;

  /** The next unmet target (derived; null when none is running) — the duty manager's watchlist key. */
  @TimestampColumn({ name: 'sla_due_at', nullable: true })
  slaDueAt: Date | null;

  /** 0 agent, 1 supervisor, 2 duty manager, 3 department manager. */
  @Column({ name: 'escalation_level', type: 'integer', default: 0 })
  escalationLevel: number;

  /** When the sweep next has work for this case (derived; null = never), so the sweep reads only those. */
  @TimestampColumn({ name: 'next_escalation_at', nullable: true })
  nextEscalationAt: Date | null;

  @TimestampColumn({ name: 'created_at' })
  createdAt: Date;

  @TimestampColumn({ name: 'updated_at' })
  updatedAt: Date;
}

/** Append-only timeline of a case: who did what, when — status changes, assignments and notes. */
@Entity('case_history')
@Index(['caseId', 'seq'], { unique: true })
export class CaseHistoryEntity {
  @IdColumn()
  id: string;

  @RefColumn({ name: 'case_id' })
  caseId: string;

  @RefColumn({ name: 'property_id' })
  propertyId: string;

  /** The case version this entry produced: its position in the timeline. */
  @Column({ type: 'integer' })
  seq: number;

  @TimestampColumn()
  at: Date;

  /** Employee who acted; null for the system (event handlers, jobs). */
  @RefColumn({ name: 'actor_id', nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 40 })
  action: CaseHistoryAction;

  @Column({ name: 'from_status', type: 'varchar', length: 20, nullable: true })
  fromStatus: CaseStatus | null;

  @Column({ name: 'to_status', type: 'varchar', length: 20, nullable: true })
  toStatus: CaseStatus | null;

  /** The employee assigned (ASSIGNED) or released (RETURNED). */
  @RefColumn({ name: 'assignee_id', nullable: true })
  assigneeId: string | null;

  /** Note body, resolution, reopen reason or system explanation. */
  @Column({ type: 'text', nullable: true })
  text: string | null;

  /** Set on notes only. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  visibility: NoteVisibility | null;
}

/** Last case number issued per property; incremented under a row lock. */
@Entity('case_counters')
export class CaseCounterEntity {
  @PrimaryColumn({ name: 'property_id', type: 'varchar', length: 36 })
  propertyId: string;

  @Column({ name: 'last_number', type: 'integer' })
  lastNumber: number;
}
