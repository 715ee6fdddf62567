import { IsInt, Length, Max, Min } from 'class-validator';
import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, graphqlEnum } from '@hotelops/kernel';
import { QA_REVIEW_STATUSES, type QaReviewStatus } from './qa.rules';

export const QaReviewStatusEnum = graphqlEnum(QA_REVIEW_STATUSES, { name: 'QaReviewStatus' });

@ObjectType()
export class QaCriterion {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => Int, { description: 'Relative weight' })
  weight: number;
}

@ObjectType({ description: 'A QA scorecard (抽查): weighted criteria' })
export class QaScorecard {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A closed case drawn for QA and its score' })
export class QaReview {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  caseId: string;

  @Field(() => ID)
  scorecardId: string;

  @Field(() => QaReviewStatusEnum)
  status: QaReviewStatus;

  @Field()
  caseClosedAt: Date;

  @Field()
  sampledAt: Date;

  @Field(() => Date, { nullable: true })
  scoredAt: Date | null;

  @Field(() => Float, { nullable: true, description: 'Weighted mean of the criterion scores, 0–100' })
  totalScore: number | null;

  @Field(() => String, { nullable: true })
  comment: string | null;
}

@ObjectType()
export class QaReviewConnection extends Connection(QaReview) {}

@ObjectType({ description: "An agent's QA results over a period" })
export class AgentQaScore {
  @Field(() => Int)
  reviews: number;

  @Field(() => Float)
  averageScore: number;

  @Field(() => Float)
  lowestScore: number;

  @Field(() => Float)
  highestScore: number;
}

@InputType()
export class QaCriterionInput {
  @Field()
  @Length(1, 100, { message: 'criterion name must be 1–100 characters' })
  name: string;

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1, { message: 'weight must be at least 1' })
  @Max(100, { message: 'weight must be at most 100' })
  weight: number;
}

@InputType()
export class QaScoreInput {
  @Field(() => ID)
  criterionId: string;

  @Field(() => Int, { description: '0–100' })
  @IsInt()
  @Min(0, { message: 'score must be 0–100' })
  @Max(100, { message: 'score must be 0–100' })
  score: number;
}
