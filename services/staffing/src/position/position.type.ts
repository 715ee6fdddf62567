import { ArrayMaxSize, IsIn, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { Connection, ROLES, graphqlEnum } from '@hotelops/kernel';
import { CODE_PATTERN, Department } from '../department/department.type';
import { POSITION_LEVELS, type PositionLevel } from './position.rules';

export const PositionLevelEnum = graphqlEnum(POSITION_LEVELS, { name: 'PositionLevel' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A job in a department of one property, with its duties (岗位职责) and requirements (任职要求)' })
export class Position {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: 'Stable kebab-case key within the property, e.g. front-desk-agent' })
  code: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'Chinese title, e.g. 前台接待' })
  titleZh: string | null;

  @Field(() => PositionLevelEnum)
  level: PositionLevel;

  @Field(() => [String], { description: '岗位职责' })
  responsibilities: string[];

  @Field(() => [String], { description: '任职要求' })
  requirements: string[];

  @Field(() => [String], { description: 'Platform roles holders of this position get, e.g. front-desk' })
  defaultRoles: string[];
}

@ObjectType()
export class PositionConnection extends Connection(Position) {}

@ObjectType({ description: 'The standard departments and positions as installed in one property' })
export class PositionCatalogue {
  @Field(() => ID)
  propertyId: string;

  @Field(() => [Department])
  departments: Department[];

  @Field(() => [Position])
  positions: Position[];
}

@InputType()
export class CreatePositionInput {
  @Field(() => ID, { description: 'the department; the position belongs to its property' })
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId: string;

  @Field({ description: 'kebab-case, e.g. spa-therapist' })
  @Length(2, 60, { message: 'code must be 2–60 characters' })
  @Matches(CODE_PATTERN, { message: 'code must be kebab-case: lower-case letters and digits joined by dashes, e.g. night-auditor' })
  code: string;

  @Field()
  @Length(1, 200, { message: 'title must be 1–200 characters' })
  @Matches(/\S/, { message: 'title must not be blank' })
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Length(1, 100, { message: 'titleZh must be 1–100 characters' })
  titleZh?: string;

  @Field(() => PositionLevelEnum)
  @IsIn(POSITION_LEVELS, { message: `level must be one of ${POSITION_LEVELS.join(', ')}` })
  level: PositionLevel;

  @Field(() => ID, { nullable: true, description: 'the position this one reports to (same property)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'reportsToId must be a UUID' })
  reportsToId?: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'responsibilities may list at most 50 items' })
  @Length(1, 1000, { each: true, message: 'each of responsibilities must be 1–1000 characters' })
  responsibilities: string[];

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(50, { message: 'requirements may list at most 50 items' })
  @Length(1, 1000, { each: true, message: 'each of requirements must be 1–1000 characters' })
  requirements: string[];

  @Field(() => [String], { defaultValue: [], description: 'platform roles, e.g. front-desk, housekeeping' })
  @IsIn(ROLES, { each: true, message: `each of defaultRoles must be one of ${ROLES.join(', ')}` })
  defaultRoles: string[];
}
