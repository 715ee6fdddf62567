import { IsInt, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, MAX_AMOUNT_MINOR, graphqlEnum } from '@hotelops/kernel';
import { APPROVER_TIERS, COMPENSATION_STATUSES, type ApproverTier, type CompensationStatus } from './compensation.rules';

export const CompensationStatusEnum = graphqlEnum(COMPENSATION_STATUSES, { name: 'CompensationStatus' });
export const ApproverTierEnum = graphqlEnum(APPROVER_TIERS, {
  name: 'CompensationApprover',
  description: 'AGENT: care agent; SUPERVISOR: care supervisor; MANAGER: duty or general manager',
});

@ObjectType({ description: 'Compensation (补偿/赔付) offered on a case; approved, it is credited to the guest folio once' })
export class Compensation {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID, { description: 'The stay whose folio is credited' })
  reservationId: string;

  @Field()
  reason: string;

  @Field(() => CompensationStatusEnum)
  status: CompensationStatus;

  @Field(() => ApproverTierEnum, { description: 'Lowest tier allowed to approve it (limits at proposal time)' })
  requiredTier: ApproverTier;

  @Field()
  proposedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'Approval note or rejection reason' })
  decisionNote: string | null;

  @Field(() => Date, { nullable: true, description: 'When reservations posted it to the folio (POSTED)' })
  postedAt: Date | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Posted to the closed folio of a finished stay: a post-stay adjustment, the guest is owed a refund',
  })
  postStay: boolean | null;

  @Field(() => String, { nullable: true, description: "Reservations' reason code when it could not post it (POSTING_FAILED)" })
  postingCode: string | null;

  @Field(() => String, { nullable: true, description: "Reservations' explanation when it could not post it" })
  postingError: string | null;
}

@ObjectType()
export class CompensationConnection extends Connection(Compensation) {}

@ObjectType({ description: 'Who may approve how much, in minor units of the property currency; managers have no limit' })
export class CompensationLimits {
  @Field(() => ID)
  propertyId: string;

  @Field(() => Int)
  agentLimitMinor: number;

  @Field(() => Int)
  supervisorLimitMinor: number;
}

@InputType()
export class ProposeCompensationInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'caseId must be a UUID' })
  caseId: string;

  @Field(() => Int, { description: 'Minor units, > 0' })
  @IsInt()
  @Min(1, { message: 'amountMinor must be positive' })
  @Max(MAX_AMOUNT_MINOR, { message: `amountMinor must be at most ${MAX_AMOUNT_MINOR}` })
  amountMinor: number;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code such as CNY' })
  currency: string;

  @Field()
  @Length(1, 500, { message: 'reason must be 1–500 characters' })
  reason: string;
}
