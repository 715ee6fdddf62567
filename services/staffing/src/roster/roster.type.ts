import { ArrayMaxSize, IsBoolean, IsISO8601, IsOptional, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { SKILL_CODE } from '../skill/skill.type';
import { ROSTER_STATUSES, type RosterStatus, type RosterViolationCode } from './roster.rules';

export const RosterStatusEnum = graphqlEnum(ROSTER_STATUSES, { name: 'RosterStatus' });

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

@ObjectType({ description: 'A shift type of a department (早班, 中班, 夜班 …)' })
export class ShiftTemplate {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  departmentId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field({ description: 'HH:MM local' })
  startsAt: string;

  @Field({ description: 'HH:MM local; at or before startsAt means the next day' })
  endsAt: string;

  @Field(() => Int)
  breakMinutes: number;

  @Field(() => ID, { nullable: true, description: 'the position the shift is for; null = any position of the department' })
  positionId: string | null;

  @Field(() => [String], { description: 'skill codes the person must hold, valid on the day' })
  requiredSkills: string[];

  @Field({ description: 'whoever works it is the department’s duty manager (值班经理) for its hours' })
  duty: boolean;
}

@InputType()
export class CreateShiftTemplateInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId: string;

  @Field({ description: 'kebab-case, e.g. morning' })
  @Text(40)
  @Matches(SKILL_CODE, { message: 'code must be kebab-case, e.g. morning' })
  code: string;

  @Field()
  @Text(100)
  name: string;

  @Field()
  @Matches(HHMM, { message: 'startsAt must be HH:MM' })
  startsAt: string;

  @Field()
  @Matches(HHMM, { message: 'endsAt must be HH:MM' })
  endsAt: string;

  @Field(() => Int)
  @IntRange(0, 240)
  breakMinutes: number;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'positionId must be a UUID' })
  positionId?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(10)
  @MaxLength(40, { each: true, message: 'each of requiredSkills must be at most 40 characters' })
  @Matches(SKILL_CODE, { each: true, message: 'requiredSkills must be kebab-case skill codes' })
  requiredSkills?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  duty?: boolean;
}

@InputType({ description: 'A shift to put on a published roster' })
export class AmendShiftInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId: string;

  @Field(() => ID)
  @IsUUID(undefined, { message: 'templateId must be a UUID' })
  templateId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'date must be an ISO date' })
  date: string;
}

@InputType({ description: 'A shift put on a draft roster' })
export class AssignShiftInput extends AmendShiftInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'rosterId must be a UUID' })
  rosterId: string;
}

@InputType({ description: 'Shifts taken off and put on a published roster, republished as the next version' })
export class AmendRosterInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'rosterId must be a UUID' })
  rosterId: string;

  @Field(() => [AmendShiftInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @ArrayMaxSize(200, { message: 'at most 200 shifts may be added at once' })
  add: AmendShiftInput[];

  @Field(() => [ID], { defaultValue: [] })
  @IsUUID(undefined, { each: true, message: 'removeShiftIds must be UUIDs' })
  @ArrayMaxSize(200, { message: 'at most 200 shifts may be removed at once' })
  removeShiftIds: string[];

  @Field({ description: 'why (sick call, event added…); carried by RosterAmended' })
  @Text(500)
  reason: string;
}

@ObjectType({ description: 'A department’s roster (排班表) of one month' })
export class Roster {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  departmentId: string;

  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => RosterStatusEnum)
  status: RosterStatus;

  @Field(() => Int, { description: '1 when first published; each amendment republishes it as the next version' })
  version: number;

  @Field(() => Date, { nullable: true })
  publishedAt: Date | null;
}

@ObjectType({ description: 'One person on one shift' })
export class RosterShift {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  rosterId: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID)
  templateId: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => Int)
  breakMinutes: number;

  @Field()
  duty: boolean;
}

@ObjectType({ description: 'What a roster breaks: a rule, who, when, and why' })
export class RosterViolation {
  @Field(() => String, { description: 'the error code, e.g. ROSTER.REST_TOO_SHORT' })
  code: RosterViolationCode;

  @Field()
  message: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => ID, { nullable: true })
  shiftId: string | null;
}
