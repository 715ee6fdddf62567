import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Money, graphqlEnum } from '@hotelops/kernel';
import { CASE_DIMENSIONS, COMPENSATION_GROUPINGS } from './analytics.rules';

export const CaseDimensionEnum = graphqlEnum(CASE_DIMENSIONS, { name: 'CaseDimension', description: 'What a care report groups cases by' });
export const CompensationGroupingEnum = graphqlEnum(COMPENSATION_GROUPINGS, {
  name: 'CompensationGrouping',
  description: 'MONTH: UTC month decided; CATEGORY: the case category',
});

@ObjectType({ description: 'Cases opened in the period for one value of the dimension' })
export class CaseVolume {
  @Field(() => String, { nullable: true, description: 'Category, department id, channel, root cause…; null = not specified' })
  key: string | null;

  @Field(() => Int)
  cases: number;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { description: 'Resolved or closed by now' })
  resolved: number;
}

@ObjectType({ description: 'SLA targets met and missed by cases opened in the period' })
export class SlaAttainment {
  @Field(() => String, { nullable: true, description: 'Group key; null for the total or when not specified' })
  key: string | null;

  @Field(() => Int)
  firstResponseMet: number;

  @Field(() => Int)
  firstResponseMissed: number;

  @Field(() => Float, { nullable: true, description: 'Percent of decided first-response targets met' })
  firstResponseRate: number | null;

  @Field(() => Int)
  resolutionMet: number;

  @Field(() => Int)
  resolutionMissed: number;

  @Field(() => Float, { nullable: true, description: 'Percent of decided resolution targets met' })
  resolutionRate: number | null;
}

@ObjectType({ description: 'A guest who complained repeatedly in the period (matched by guest profile; by name only without a stay)' })
export class RepeatComplainer {
  @Field(() => ID, { nullable: true, description: "The guest's profile (reservations' Guest), when the complaints concerned stays" })
  guestId: string | null;

  @Field(() => String, { nullable: true })
  guestName: string | null;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int, { description: 'Distinct stays the complaints were about' })
  stays: number;

  @Field()
  firstAt: Date;

  @Field()
  lastAt: Date;
}

@ObjectType({ description: 'Approved compensation in one month or category and currency' })
export class CompensationCost {
  @Field({ description: "'YYYY-MM' or the case category" })
  key: string;

  @Field(() => Int)
  count: number;

  @Field(() => Money)
  total: Money;
}
