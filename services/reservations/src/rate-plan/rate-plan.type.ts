import { IsBoolean, IsIn, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, MAX_AMOUNT_MINOR, Text, graphqlEnum } from '@hotelops/kernel';
import { MAX_STAY_NIGHTS } from '../reservation/reservation.rules';
import { MAX_NIGHTLY_RATE_MINOR } from '../room/room.rules';
import { FEE_KINDS, GUARANTEE_RULES, MAX_ADVANCE_DAYS, type FeeKind, type GuaranteeRule } from './rate-plan.rules';

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

  @Field(() => FeeKindEnum, { description: 'charged on the nights given up when a guest checks out early' })
  earlyDepartureFeeKind: FeeKind;

  @Field(() => Int)
  earlyDepartureFeeValue: number;

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
  @Text(200)
  name: string;

  @Field(() => Int, { nullable: true })
  @IntRange(0, MAX_ADVANCE_DAYS, { optional: true })
  minAdvanceDays?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(0, MAX_ADVANCE_DAYS, { optional: true })
  maxAdvanceDays?: number;

  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, 365)
  cancelFreeDaysBefore: number;

  @Field(() => FeeKindEnum, { defaultValue: FeeKindEnum.NONE })
  @IsIn(FEE_KINDS)
  cancelFeeKind: FeeKind;

  @Field(() => Int, { defaultValue: 0, description: 'NIGHTS: nights; PERCENT: 0–100; FLAT: minor units' })
  @IntRange(0, MAX_AMOUNT_MINOR)
  cancelFeeValue: number;

  @Field(() => FeeKindEnum, { defaultValue: FeeKindEnum.NONE })
  @IsIn(FEE_KINDS)
  noShowFeeKind: FeeKind;

  @Field(() => Int, { defaultValue: 0, description: 'NIGHTS: nights; PERCENT: 0–100; FLAT: minor units' })
  @IntRange(0, MAX_AMOUNT_MINOR)
  noShowFeeValue: number;

  @Field(() => FeeKindEnum, {
    defaultValue: FeeKindEnum.NONE,
    description: 'charged on the nights given up when a guest checks out before the booked departure',
  })
  @IsIn(FEE_KINDS)
  earlyDepartureFeeKind?: FeeKind;

  @Field(() => Int, { defaultValue: 0, description: 'NIGHTS: nights; PERCENT: 0–100 of the nights given up; FLAT: minor units' })
  @IntRange(0, MAX_AMOUNT_MINOR)
  earlyDepartureFeeValue?: number;

  @Field(() => GuaranteeRuleEnum, { defaultValue: GuaranteeRuleEnum.NONE })
  @IsIn(GUARANTEE_RULES)
  guarantee: GuaranteeRule;

  @Field(() => Int, { defaultValue: 0 })
  @IntRange(0, 100)
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

  @Field(() => Int, { description: `minor units per night, at most ${MAX_NIGHTLY_RATE_MINOR}` })
  @IntRange(0, MAX_NIGHTLY_RATE_MINOR)
  priceMinor: number;

  @Field(() => Int, { nullable: true })
  @IntRange(1, MAX_STAY_NIGHTS, { optional: true })
  minLos?: number;

  @Field(() => Int, { nullable: true })
  @IntRange(1, MAX_STAY_NIGHTS, { optional: true })
  maxLos?: number;

  @Field({ defaultValue: false })
  @IsBoolean()
  closedToArrival: boolean;

  @Field({ defaultValue: false })
  @IsBoolean()
  closedToDeparture: boolean;
}
