import { IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { Text, graphqlEnum } from '@hotelops/kernel';
import { SKILL_STATES, type SkillState } from './skill.rules';

export const SkillStateEnum = graphqlEnum(SKILL_STATES, { name: 'SkillState' });

@ObjectType({ description: 'A skill or certification an employee holds (food hygiene, first aid …)' })
export class Skill {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  employeeId: string;

  @Field({ description: 'the key shift templates require, e.g. food-hygiene' })
  code: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  certificateNumber: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  obtainedOn: string | null;

  @Field(() => LocalDateResolver, { nullable: true })
  expiresOn: string | null;
}

export const SKILL_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

@InputType()
export class RecordSkillInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId: string;

  @Field({ description: 'kebab-case, e.g. first-aid' })
  @Text(40)
  @Matches(SKILL_CODE, { message: 'code must be kebab-case, e.g. food-hygiene' })
  code: string;

  @Field()
  @Text(100)
  name: string;

  @Field(() => String, { nullable: true })
  @Text(60, { optional: true })
  certificateNumber?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'obtainedOn must be an ISO date' })
  obtainedOn?: string;

  @Field(() => LocalDateResolver, { nullable: true })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'expiresOn must be an ISO date' })
  expiresOn?: string;
}

export type { SkillState };
