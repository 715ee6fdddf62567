import { ArrayMaxSize, ArrayMinSize, IsBoolean, IsIn, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, NotBlank, Text, graphqlEnum } from '@hotelops/kernel';
import { SKILL_CODE } from '../skill/skill.type';
import { RECORD_STATUSES, SESSION_KINDS, type RecordStatus, type SessionKind } from './training.rules';

export const SessionKindEnum = graphqlEnum(SESSION_KINDS, { name: 'TrainingSessionKind' });
export const RecordStatusEnum = graphqlEnum(RECORD_STATUSES, { name: 'TrainingRecordStatus' });

@ObjectType({ description: 'A training plan (培训计划)' })
export class TrainingPlan {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true, description: 'null = the whole property' })
  departmentId: string | null;

  @Field()
  title: string;

  @Field()
  period: string;

  @Field(() => [String])
  topics: string[];
}

@ObjectType({ description: 'A training session; ONBOARDING ones are assigned to new hires' })
export class TrainingSession {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  planId: string | null;

  @Field(() => ID, { nullable: true })
  departmentId: string | null;

  @Field()
  title: string;

  @Field(() => SessionKindEnum)
  kind: SessionKind;

  @Field(() => LocalDateResolver, { nullable: true })
  date: string | null;

  @Field(() => String, { nullable: true })
  trainer: string | null;

  @Field(() => String, { nullable: true, description: 'the skill a pass certifies' })
  grantsSkill: string | null;

  @Field(() => Int, { nullable: true })
  validMonths: number | null;
}

@ObjectType({ description: 'A person’s place in a session and the result' })
export class TrainingRecord {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  sessionId: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => RecordStatusEnum)
  status: RecordStatus;

  @Field(() => Int, { nullable: true })
  score: number | null;

  @Field()
  passed: boolean;

  @Field(() => String, { nullable: true })
  certificateNumber: string | null;
}

@InputType()
export class CreateTrainingPlanInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field(() => ID, { nullable: true, description: 'omit for a property-wide plan (HR)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @Field()
  @Text(200)
  title: string;

  @Field({ description: 'e.g. 2026-12 or 2027-Q1' })
  @Text(20)
  period: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @NotBlank({ each: true })
  @MaxLength(300, { each: true, message: 'each topic must be at most 300 characters' })
  topics: string[];
}

@InputType()
export class ScheduleTrainingSessionInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'planId must be a UUID' })
  planId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @Field()
  @Text(200)
  title: string;

  @Field(() => SessionKindEnum)
  @IsIn([...SESSION_KINDS])
  kind: SessionKind;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'date must be an ISO date' })
  date?: string;

  @Field(() => String, { nullable: true })
  @Text(100, { optional: true })
  trainer?: string;

  @Field(() => String, { nullable: true, description: 'skill code a pass certifies, e.g. first-aid' })
  @Text(40, { optional: true })
  @Matches(SKILL_CODE, { message: 'grantsSkill must be kebab-case' })
  grantsSkill?: string;

  @Field(() => String, { nullable: true })
  @Text(100, { optional: true })
  skillName?: string;

  @Field(() => Int, { nullable: true })
  @IntRange(1, 120, { optional: true })
  validMonths?: number;
}

@InputType()
export class TrainingResultInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'sessionId must be a UUID' })
  sessionId: string;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId: string;

  @Field()
  @IsBoolean()
  attended: boolean;

  @Field(() => Int, { nullable: true })
  @IntRange(0, 100, { optional: true })
  score?: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  passed?: boolean;

  @Field(() => String, { nullable: true })
  @Text(60, { optional: true })
  certificateNumber?: string;
}
