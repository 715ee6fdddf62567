import { IsInt, IsOptional, IsUUID, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection } from '@hotelops/kernel';

@ObjectType({ description: 'A review posted on a review site; 1–2 stars (差评) is worked in a case' })
export class OnlineReview {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field({ description: "Site, e.g. 'ctrip', 'meituan', 'tripadvisor'" })
  source: string;

  @Field()
  externalId: string;

  @Field(() => Int, { description: '1–5 stars' })
  rating: number;

  @Field()
  authorName: string;

  @Field()
  body: string;

  @Field()
  postedAt: Date;

  @Field(() => ID, { nullable: true, description: 'The case it is worked in' })
  caseId: string | null;

  @Field(() => String, { nullable: true, description: "The hotel's public reply" })
  replyText: string | null;

  @Field(() => Date, { nullable: true })
  repliedAt: Date | null;
}

@ObjectType()
export class OnlineReviewConnection extends Connection(OnlineReview) {}

@InputType()
export class RecordReviewInput {
  @Field(() => ID)
  @IsUUID(undefined, { message: 'propertyId must be a UUID' })
  propertyId: string;

  @Field()
  @Length(1, 40, { message: 'source must be 1–40 characters' })
  source: string;

  @Field({ description: "The site's id of the review (recording it again returns the first record)" })
  @Length(1, 100, { message: 'externalId must be 1–100 characters' })
  externalId: string;

  @Field(() => Int, { description: '1–5 stars (convert other scales first)' })
  @IsInt()
  @Min(1, { message: 'rating must be 1–5' })
  @Max(5, { message: 'rating must be 1–5' })
  rating: number;

  @Field()
  @Length(1, 200, { message: 'authorName must be 1–200 characters' })
  authorName: string;

  @Field({ defaultValue: '' })
  @Length(0, 10000)
  body: string;

  @Field()
  postedAt: Date;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID(undefined, { message: 'reservationId must be a UUID' })
  reservationId?: string;

  @Field(() => ID, { nullable: true, description: 'Work it in this existing case instead of opening one' })
  @IsOptional()
  @IsUUID(undefined, { message: 'linkCaseId must be a UUID' })
  linkCaseId?: string;
}
