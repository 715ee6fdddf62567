import { IsBoolean, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { FEE_KINDS, GUARANTEE_RULES, type FeeKind, type GuaranteeRule } from './rate-plan.rules';

export const FeeKindEnum = graphqlEnum(FEE_KINDS, {
  name: 'FeeKind',
  description: 'NIGHTS: value = first n nights; PERCENT: of the stay; FLAT: minor units',
});
export const GuaranteeRuleEnum = graphqlEnum(GUARANTEE_RULES, { name: 'GuaranteeRule' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'Prices per room type and night, with restrictions and policies' })
export class RatePlan {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int, { nullable: true })
  minAdvanceDays: number | null;

  @Field(() => Int, { nullable: true })
  maxAdvanceDays: number | null;

  @Field(() => Int, { description: 'free cancellation until this many days before arrival' })
  cancelFreeDaysBefore: number;

  @Field(() => FeeKindEnum)
  cancelFeeKind: FeeKind;

  @Field(() => Int)
  cancelFeeValue: number;

  @Field(() => FeeKindEnum)
  noShowFeeKind: FeeKind;

  @Field(() => Int)
  noShowFeeValue: number;

  @Field(() => GuaranteeRuleEnum)
  guarantee: GuaranteeRule;

  @Field(() => Int)
  depositPercent: number;

  @Field()
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'negotiated plan of this corporate account (协议价)' })
  corporateAccountId: string | null;
}

@ObjectType({ description: 'A plan’s price and restrictions for one room type and night' })
export class DayRate {
  @Field(() => LocalDateResolver)
  stayDate: string;

  @Field(() => ID)
  roomTypeId: string;

  @Field(() => Int)
  priceMinor: number;

  @Field(() => Int, { nullable: true })
  minLos: number | null;

  @Field(() => Int, { nullable: true })
  maxLos: number | null;

  @Field()
  closedToArrival: boolean;

  @Field()
  closedToDeparture: boolean;
}

@InputType()
export class CreateRatePlanInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9-]{1,20}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  name: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  minAdvanceDays?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  maxAdvanceDays?: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(365)
  cancelFreeDaysBefore: number;

  @Field(() => FeeKindEnum, { defaultValue: FeeKindEnum.NONE })
  @IsIn(FEE_KINDS)
  cancelFeeKind: FeeKind;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  cancelFeeValue: number;

  @Field(() => FeeKindEnum, { defaultValue: FeeKindEnum.NONE })
  @IsIn(FEE_KINDS)
  noShowFeeKind: FeeKind;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  noShowFeeValue: number;

  @Field(() => GuaranteeRuleEnum, { defaultValue: GuaranteeRuleEnum.NONE })
  @IsIn(GUARANTEE_RULES)
  guarantee: GuaranteeRule;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(100)
  depositPercent: number;

  @Field(() => ID, { nullable: true, description: 'makes this a negotiated plan of the corporate account' })
  @IsOptional()
  @IsUUID()
  corporateAccountId?: string;
}

@InputType({ description: 'Sets price and restrictions of a plan for a room type on every night of [from, to)' })
export class SetRatesInput {
  @Field(() => ID)
  @IsUUID()
  ratePlanId: string;

  @Field(() => ID)
  @IsUUID()
  roomTypeId: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  from: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  to: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  priceMinor: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  minLos?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  maxLos?: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  closedToArrival: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  closedToDeparture: boolean;
}
