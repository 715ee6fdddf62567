import { IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Money } from '@hotelops/kernel';
import { RatePlan } from '../rate-plan/rate-plan.type';

@ObjectType({ description: 'A bookable rate plan for a room type over the searched stay' })
export class StayOffer {
  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  roomTypeId: string;

  @Field(() => RatePlan)
  ratePlan: RatePlan;

  @Field(() => Int, { description: 'rooms still sellable on the tightest night' })
  available: number;

  @Field(() => [Money])
  nightlyPrices: Money[];

  @Field(() => Money)
  total: Money;
}

@InputType()
export class AvailabilitySearchInput {
  @Field(() => [ID])
  @IsUUID('all', { each: true })
  propertyIds: string[];

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  arrival: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  departure: string;

  @Field(() => ID, { nullable: true, description: 'includes the negotiated plans of this corporate account' })
  @IsOptional()
  @IsUUID()
  corporateAccountId?: string;

  @Field(() => [ID], { nullable: true, description: 'all types when omitted' })
  @IsOptional()
  @IsUUID('all', { each: true })
  roomTypeIds?: string[];

  @Field(() => Int, { defaultValue: 1 })
  @IsInt()
  @Min(1)
  @Max(20)
  adults: number;
}
