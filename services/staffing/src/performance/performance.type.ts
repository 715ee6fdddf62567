import { IsIn, IsISO8601, IsUUID } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { SANCTION_KINDS, type SanctionKind } from './performance.rules';

export const SanctionKindEnum = graphqlEnum(SANCTION_KINDS, { name: 'SanctionKind' });

@ObjectType({ description: 'One KPI of a month' })
export class Kpi {
  @Field()
  code: string;

  @Field()
  label: string;

  @Field({ description: 'PERCENT, COUNT or MINOR_UNITS' })
  unit: string;

  @Field(() => Float, { nullable: true })
  value: number | null;

  @Field(() => Int, { description: 'reviews, days or counts it is made of' })
  samples: number;
}

@ObjectType()
export class PerformanceReview {
  @Field(() => ID)
  id: string;

  @Field()
  month: string;

  @Field(() => Int, { description: '1 (poor) to 5 (outstanding)' })
  rating: number;

  @Field(() => String, { nullable: true })
  comments: string | null;

  @Field(() => ID, { nullable: true })
  reviewedBy: string | null;
}

@ObjectType({ description: 'A reward or penalty (奖惩)' })
export class Sanction {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => SanctionKindEnum)
  kind: SanctionKind;

  @Field(() => Int)
  points: number;

  @Field()
  reason: string;

  @Field(() => ID, { nullable: true })
  decidedBy: string | null;
}

@ObjectType({ description: 'A person’s month (绩效考核): KPIs from real data, reviews, rewards and penalties' })
export class MonthlyPerformance {
  @Field(() => ID)
  employeeId: string;

  @Field()
  month: string;

  @Field(() => [Kpi], { description: 'the KPIs of the person’s position (null value: nothing reported this month)' })
  kpis: Kpi[];

  @Field(() => [PerformanceReview])
  reviews: PerformanceReview[];

  @Field(() => [Sanction])
  sanctions: Sanction[];

  @Field(() => Int)
  netPoints: number;
}

@ObjectType({ description: 'One person’s KPIs of their position for the month' })
export class PersonKpis {
  @Field(() => ID)
  employeeId: string;

  @Field(() => [Kpi])
  kpis: Kpi[];
}

@ObjectType({ description: 'A position’s KPI set for the month: over all its people, and each person’s' })
export class PositionKpis {
  @Field(() => ID)
  positionId: string;

  @Field(() => [Kpi], { description: 'rates over all the position’s samples; covers and over/short as totals' })
  kpis: Kpi[];

  @Field(() => [PersonKpis])
  people: PersonKpis[];
}

@ObjectType({ description: 'A department’s KPIs of a month by position, for its managers and HR' })
export class DepartmentKpis {
  @Field(() => ID)
  departmentId: string;

  @Field()
  month: string;

  @Field(() => [PositionKpis], { description: 'positions that have a KPI set' })
  positions: PositionKpis[];
}

@InputType()
export class PerformanceReviewInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId: string;

  @Field({ description: 'YYYY-MM' })
  @Text(7)
  month: string;

  @Field(() => Int)
  @IntRange(1, 5)
  rating: number;

  @Field(() => String, { nullable: true })
  @Text(2000, { optional: true })
  comments?: string;
}

@InputType()
export class SanctionInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'employeeId must be a UUID' })
  employeeId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true }, { message: 'date must be an ISO date' })
  date: string;

  @Field(() => SanctionKindEnum)
  @IsIn([...SANCTION_KINDS])
  kind: SanctionKind;

  @Field(() => Int)
  @IntRange(1, 1000)
  points: number;

  @Field()
  @Text(500)
  reason: string;
}
