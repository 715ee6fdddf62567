import { IsIn, IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { CASE_SEVERITIES, type CaseSeverity } from '../case/case.rules';
import { CaseSeverityEnum } from '../case/case.type';
import { ESCALATION_TIERS, SLA_CLOCKS, SLA_MAX_MINUTES, type EscalationTier, type SlaClockName } from './sla.rules';

export const EscalationTierEnum = graphqlEnum(ESCALATION_TIERS, {
  name: 'EscalationTier',
  description: 'Who a case has reached: at risk → supervisor, breached → duty manager, long breached → department manager',
});
export const SlaClockEnum = graphqlEnum(SLA_CLOCKS, { name: 'SlaClock' });

@ObjectType({ description: "Targets for one category ('*' = any other) and severity of a property" })
export class SlaPolicy {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  category: string;

  @Field(() => CaseSeverityEnum)
  severity: CaseSeverity;

  @Field(() => Int, { description: 'First guest-visible reply within this many minutes of opening' })
  firstResponseMinutes: number;

  @Field(() => Int, { description: 'Resolved within this many minutes of opening (time waiting on the guest excluded)' })
  resolutionMinutes: number;

  @Field(() => Int, { description: 'Minutes before a target at which the case escalates to the supervisor' })
  warnBeforeMinutes: number;

  @Field(() => Int, { description: 'Minutes past a breached target at which the department manager is brought in' })
  escalateAfterMinutes: number;

  @Field()
  updatedAt: Date;
}

@InputType()
export class SetSlaPolicyInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field({ description: "A case category, or '*' for every category of the severity without its own policy" })
  @Length(1, 80, { message: 'category must be 1–80 characters' })
  category: string;

  @Field(() => CaseSeverityEnum)
  @IsIn(CASE_SEVERITIES)
  severity: CaseSeverity;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'firstResponseMinutes must be at least 1' })
  @Max(SLA_MAX_MINUTES, { message: `firstResponseMinutes must be at most ${SLA_MAX_MINUTES} (a year)` })
  firstResponseMinutes: number;

  @Field(() => Int)
  @IsInt()
  @Min(1, { message: 'resolutionMinutes must be at least 1' })
  @Max(SLA_MAX_MINUTES, { message: `resolutionMinutes must be at most ${SLA_MAX_MINUTES} (a year)` })
  resolutionMinutes: number;

  @Field(() => Int, { defaultValue: 30 })
  @IsInt()
  @Min(0, { message: 'warnBeforeMinutes must not be negative' })
  @Max(SLA_MAX_MINUTES, { message: `warnBeforeMinutes must be at most ${SLA_MAX_MINUTES} (a year)` })
  warnBeforeMinutes: number;

  @Field(() => Int, { defaultValue: 240 })
  @IsInt()
  @Min(0, { message: 'escalateAfterMinutes must not be negative' })
  @Max(SLA_MAX_MINUTES, { message: `escalateAfterMinutes must be at most ${SLA_MAX_MINUTES} (a year)` })
  escalateAfterMinutes: number;
}

@ObjectType({ description: "A case's SLA clocks as of now" })
export class CaseSla {
  @Field(() => ID)
  policyId: string;

  @Field(() => Date, { nullable: true })
  firstResponseDueAt: Date | null;

  @Field(() => Date, { nullable: true })
  resolutionDueAt: Date | null;

  @Field(() => SlaClockEnum, { nullable: true, description: 'The target currently running; null when resolved or paused' })
  runningClock: SlaClockName | null;

  @Field(() => Date, { nullable: true, description: 'When the running target falls due' })
  dueAt: Date | null;

  @Field({ description: 'Waiting on the guest: the clocks stand still' })
  paused: boolean;

  @Field({ description: 'The running target has passed' })
  breached: boolean;

  @Field(() => Boolean, { nullable: true, description: 'First response in time; null while unanswered' })
  firstResponseMet: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'Resolved in time; null while unresolved' })
  resolutionMet: boolean | null;

  @Field(() => Int)
  escalationLevel: number;

  @Field(() => EscalationTierEnum)
  escalatedTo: EscalationTier;
}

@ObjectType()
export class SlaSweepResult {
  @Field()
  ranAt: Date;

  @Field(() => Int, { description: 'Cases that moved up at least one tier' })
  casesEscalated: number;

  @Field(() => Int, { description: 'Tiers crossed in all; one CaseEscalated event each' })
  escalations: number;
}
