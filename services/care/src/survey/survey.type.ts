import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { Authorized, Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { GUEST_DATA_ROLES } from '../roles/care-roles';
import { SATISFACTION_GROUPINGS } from './survey.rules';

export const SatisfactionGroupingEnum = graphqlEnum(SATISFACTION_GROUPINGS, {
  name: 'SatisfactionGrouping',
  description: 'DEPARTMENT/OUTLET: from the per-item ratings; MONTH: from the overall scores (UTC months)',
});

@InputType()
export class SurveyRatingInput {
  @Field(() => ID, { nullable: true, description: 'Department rated (staffing); exactly one of departmentId, outletId' })
  @IsOptional()
  @IsUUID(undefined, { message: 'departmentId must be a UUID' })
  departmentId?: string;

  @Field(() => ID, { nullable: true, description: 'F&B outlet rated (fnb)' })
  @IsOptional()
  @IsUUID(undefined, { message: 'outletId must be a UUID' })
  outletId?: string;

  @Field(() => Int, { description: '1–5' })
  @IsInt()
  @Min(1, { message: 'score must be 1–5' })
  @Max(5, { message: 'score must be 1–5' })
  score: number;
}

@InputType()
export class SurveyAnswerInput {
  @Field(() => Int, { description: 'How likely to recommend us, 0–10' })
  @IsInt()
  @Min(0, { message: 'npsScore must be 0–10' })
  @Max(10, { message: 'npsScore must be 0–10' })
  npsScore: number;

  @Field(() => Int, { description: 'Overall satisfaction, 1–5' })
  @IsInt()
  @Min(1, { message: 'csatScore must be 1–5' })
  @Max(5, { message: 'csatScore must be 1–5' })
  csatScore: number;

  @Field(() => [SurveyRatingInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  ratings: SurveyRatingInput[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(4000, { message: 'comment must be at most 4000 characters' })
  comment?: string;
}

@ObjectType({ description: "A guest's answer to a survey case" })
export class SurveyResponse {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => Int)
  npsScore: number;

  @Field(() => Int)
  csatScore: number;

  @Authorized(...GUEST_DATA_ROLES)
  @Field(() => String, { nullable: true, description: "The guest's own words (personal data)" })
  comment: string | null;

  @Field()
  answeredAt: Date;
}

@ObjectType({ description: 'CSAT and NPS of one department, outlet or month' })
export class SatisfactionFigure {
  @Field({ description: "Department id, outlet id, or 'YYYY-MM'" })
  key: string;

  @Field(() => Int)
  responses: number;

  @Field(() => Float, { nullable: true, description: 'Percent of scores that are 4 or 5' })
  csatPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Percent promoters (9–10) minus percent detractors (0–6)' })
  nps: number | null;
}
