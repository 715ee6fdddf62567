import { IsIn, IsNotEmpty, IsOptional, IsUUID, Length, MaxLength } from 'class-validator';
import { Authorized, Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, graphqlEnum } from '@hotelops/kernel';
import { GUEST_DATA_ROLES } from '../roles/care-roles';
import {
  CASE_CHANNELS,
  CASE_HISTORY_ACTIONS,
  CASE_KINDS,
  CASE_SEVERITIES,
  CASE_STATUSES,
  NOTE_VISIBILITIES,
  type CaseChannel,
  type CaseHistoryAction,
  type CaseKind,
  type CaseSeverity,
  type CaseStatus,
  type NoteVisibility,
} from './case.rules';

export const CaseKindEnum = graphqlEnum(CASE_KINDS, {
  name: 'CaseKind',
  description: 'COMPLAINT 投诉, INQUIRY 咨询; SURVEY is the post-stay follow-up',
});
export const CaseChannelEnum = graphqlEnum(CASE_CHANNELS, {
  name: 'CaseChannel',
  description: 'Where the case came from; REGULATOR = 工商局/质监局',
});
export const CaseSeverityEnum = graphqlEnum(CASE_SEVERITIES, { name: 'CaseSeverity' });
export const CaseStatusEnum = graphqlEnum(CASE_STATUSES, {
  name: 'CaseStatus',
  description: 'NEW → ASSIGNED → IN_PROGRESS ⇄ WAITING_ON_GUEST (SLA clocks paused) → RESOLVED → CLOSED; RESOLVED may reopen',
});
export const CaseNoteVisibilityEnum = graphqlEnum(NOTE_VISIBILITIES, {
  name: 'CaseNoteVisibility',
  description: 'INTERNAL notes stay with staff; GUEST_REPLY is sent to the guest',
});
export const CaseHistoryActionEnum = graphqlEnum(CASE_HISTORY_ACTIONS, {
  name: 'CaseHistoryAction',
  description:
    'RETURNED: sent back to the queue for reassignment; ESCALATED: an SLA clock at risk or breached moved it up a tier; ROUTED: put in a team queue; NOTIFIED: who the escalation reached (staffing), or that nobody was on duty',
});

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A guest case: complaint, inquiry, request, feedback or survey follow-up' })
export class Case {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: "Human-readable, unique within the property, e.g. 'C-000123'" })
  number: string;

  @Field(() => CaseKindEnum)
  kind: CaseKind;

  @Field(() => CaseChannelEnum)
  channel: CaseChannel;

  @Field({ description: "Free text such as 'room-cleanliness'" })
  category: string;

  @Field(() => CaseSeverityEnum)
  severity: CaseSeverity;

  @Field()
  subject: string;

  @Field()
  description: string;

  @Field(() => CaseStatusEnum)
  status: CaseStatus;

  @Field(() => ID, { nullable: true })
  reservationId: string | null;

  @Field(() => ID, { nullable: true, description: 'Employee working the case' })
  assigneeId: string | null;

  @Field(() => ID, { nullable: true, description: 'Team whose queue the case is in' })
  teamId: string | null;

  @Field(() => String, { nullable: true, description: "Why it happened, set at resolution (e.g. 'maintenance')" })
  rootCause: string | null;

  @Field(() => ID, { nullable: true, description: 'For a follow-up survey: the case it follows up' })
  followUpOf: string | null;

  @Authorized(...GUEST_DATA_ROLES)
  @Field(() => String, { nullable: true, description: "Guest's name (personal data: desk, reservations, care and duty managers)" })
  guestName: string | null;

  @Field(() => String, { nullable: true, description: 'How the case was resolved (cleared on reopen)' })
  resolution: string | null;

  @Field(() => Int)
  reopenCount: number;

  @Field()
  openedAt: Date;

  @Field(() => Date, { nullable: true, description: 'First guest-visible reply' })
  firstResponseAt: Date | null;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

@ObjectType()
export class CaseConnection extends Connection(Case) {}

@ObjectType({ description: 'One entry of a case timeline: a status change, an assignment or a note' })
export class CaseHistoryEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field()
  at: Date;

  @Field(() => ID, { nullable: true, description: 'Employee who acted; null when the system did' })
  actorId: string | null;

  @Field(() => CaseHistoryActionEnum)
  action: CaseHistoryAction;

  @Field(() => CaseStatusEnum, { nullable: true })
  fromStatus: CaseStatus | null;

  @Field(() => CaseStatusEnum, { nullable: true })
  toStatus: CaseStatus | null;

  @Field(() => ID, { nullable: true, description: 'Employee assigned (ASSIGNED) or released (RETURNED)' })
  assigneeId: string | null;

  @Field(() => String, { nullable: true, description: 'Note body, resolution, reopen reason or explanation' })
  text: string | null;

  @Field(() => CaseNoteVisibilityEnum, { nullable: true, description: 'Notes only' })
  visibility: NoteVisibility | null;
}

@InputType()
export class OpenCaseInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field(() => CaseKindEnum)
  @IsIn(CASE_KINDS)
  kind: CaseKind;

  @Field(() => CaseChannelEnum)
  @IsIn(CASE_CHANNELS)
  channel: CaseChannel;

  @Field({ description: "Free text such as 'room-cleanliness'" })
  @IsNotEmpty({ message: 'category must not be empty' })
  @Length(1, 80, { message: 'category must be 1–80 characters' })
  category: string;

  @Field(() => CaseSeverityEnum, { defaultValue: CaseSeverityEnum.MEDIUM })
  @IsIn(CASE_SEVERITIES)
  severity: CaseSeverity;

  @Field()
  @IsNotEmpty({ message: 'subject must not be empty' })
  @Length(1, 200, { message: 'subject must be 1–200 characters' })
  subject: string;

  @Field({ defaultValue: '' })
  @MaxLength(4000, { message: 'description must be at most 4000 characters' })
  description: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'reservationId must be a UUID' })
  reservationId?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 200, { message: 'guestName must be 1–200 characters' })
  guestName?: string;

  @Field(() => ID, { nullable: true, description: 'Room concerned (reservations)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'roomId must be a UUID' })
  roomId?: string;

  @Field(() => ID, { nullable: true, description: 'F&B outlet concerned (fnb)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'outletId must be a UUID' })
  outletId?: string;

  @Field(() => ID, { nullable: true, description: 'Department concerned (staffing)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'Employee concerned (staffing), e.g. the subject of a complaint' })
  @IsOptional()
  @IsUUID(undefined, { message: 'employeeConcernedId must be a UUID' })
  employeeConcernedId?: string;
}
