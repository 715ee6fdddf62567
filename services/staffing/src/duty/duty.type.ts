import { ArrayMaxSize, ArrayMinSize, IsIn, IsISO8601, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { NotBlank, Text, graphqlEnum } from '@hotelops/kernel';
import { BRIEFING_KINDS, type BriefingKind } from './duty.entity';
import { GROOMING_ITEMS, type GroomingItem } from './duty.rules';

export const BriefingKindEnum = graphqlEnum(BRIEFING_KINDS, { name: 'BriefingKind' });

const HHMM = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A list of texts, each not blank and at most `max` characters. */
function Texts(max: number): PropertyDecorator {
  return (target, key) => {
    IsString({ each: true })(target, key);
    NotBlank({ each: true })(target, key);
    MaxLength(max, { each: true, message: `each of ${String(key)} must be at most ${max} characters` })(target, key);
  };
}

@ObjectType({ description: 'What a position does in a time slot (时段化工作)' })
export class DutyChecklist {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  positionId: string;

  @Field()
  startsAt: string;

  @Field()
  endsAt: string;

  @Field()
  title: string;

  @Field(() => [String])
  items: string[];
}

@InputType()
export class CreateDutyChecklistInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'positionId must be a UUID' })
  positionId: string;

  @Field()
  @Matches(HHMM, { message: 'startsAt must be HH:MM' })
  startsAt: string;

  @Field()
  @Matches(HHMM, { message: 'endsAt must be HH:MM' })
  endsAt: string;

  @Field()
  @Text(200)
  title: string;

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Texts(200)
  items: string[];
}

@ObjectType({ description: 'A person’s completion of a checklist on a day' })
export class DutyCheck {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  checklistId: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => [String])
  done: string[];

  @Field()
  complete: boolean;

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@InputType()
export class RecordDutyCheckInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'checklistId must be a UUID' })
  checklistId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'date must be an ISO date' })
  date: string;

  @Field(() => [String], { description: 'the items done, as the checklist names them' })
  @ArrayMaxSize(50)
  @Texts(200)
  done: string[];

  @Field(() => String, { nullable: true })
  @Text(1000, { optional: true })
  notes?: string;
}

@ObjectType({ description: 'A briefing (晨会/例会): attendees, topics, notes' })
export class Briefing {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  departmentId: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => BriefingKindEnum)
  kind: BriefingKind;

  @Field(() => ID, { nullable: true })
  ledBy: string | null;

  @Field(() => [ID])
  attendeeIds: string[];

  @Field(() => [String])
  topics: string[];

  @Field(() => String, { nullable: true })
  notes: string | null;
}

@InputType()
export class RecordBriefingInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'date must be an ISO date' })
  date: string;

  @Field(() => BriefingKindEnum)
  kind: BriefingKind;

  @Field(() => [ID])
  @ArrayMaxSize(200)
  @IsUUID(undefined, { each: true, message: 'attendeeIds must be UUIDs' })
  attendeeIds: string[];

  @Field(() => [String])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @Texts(300)
  topics: string[];

  @Field(() => String, { nullable: true })
  @Text(4000, { optional: true })
  notes?: string;
}

@ObjectType()
export class GroomingFinding {
  @Field()
  item: string;

  @Field()
  note: string;
}

@InputType()
export class GroomingFindingInput {
  @Field(() => String, { description: 'uniform, name-badge, hair, nails, shoes, jewellery, personal-hygiene' })
  @IsIn([...GROOMING_ITEMS], { message: `item must be one of ${GROOMING_ITEMS.join(', ')}` })
  item: GroomingItem;

  @Field()
  @Text(300)
  note: string;
}

@ObjectType({ description: 'A grooming check (仪容仪表); passed when nothing was found' })
export class GroomingCheck {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field(() => ID, { nullable: true })
  checkedBy: string | null;

  @Field(() => LocalDateResolver)
  date: string;

  @Field()
  passed: boolean;

  @Field(() => [GroomingFinding])
  findings: GroomingFinding[];
}

@InputType()
export class RecordGroomingCheckInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'date must be an ISO date' })
  date: string;

  @Field(() => [GroomingFindingInput], { description: 'empty = passed' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  findings: GroomingFindingInput[];
}
