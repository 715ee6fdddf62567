import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsUUID, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { OUTLET_KINDS, type OutletKind } from './outlet.rules';

export const OutletKindEnum = graphqlEnum(OUTLET_KINDS, { name: 'OutletKind' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A point of sale: restaurant, bar, room service, banquet hall or lobby café' })
export class Outlet {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  name: string;

  @Field(() => OutletKindEnum)
  kind: OutletKind;

  @Field({ description: 'ISO-4217 currency of its menu and bills' })
  currency: string;

  @Field({ description: "The property's IANA time zone: business dates and opening hours are local to it" })
  timeZone: string;

  @Field({ description: 'Whether a failed pre-opening check item keeps a service from opening' })
  failureBlocksOpening: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Last business date closed (日结)' })
  lastClosedDate: string | null;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: 'Opening hours of one service of an outlet (local time; may run past midnight)' })
export class ServicePeriod {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field({ description: 'HH:MM' })
  startsAt: string;

  @Field({ description: 'HH:MM' })
  endsAt: string;
}

@InputType()
export class CreateOutletInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @IsNotEmpty()
  @Length(1, 200)
  name: string;

  @Field(() => OutletKindEnum)
  @IsIn(OUTLET_KINDS)
  kind: OutletKind;

  @Field({ description: "the property's currency" })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO-4217 code such as CNY' })
  currency: string;

  @Field(() => String, { nullable: true, description: "the property's IANA time zone (default UTC)" })
  @IsOptional()
  @Length(1, 64)
  timeZone?: string;

  @Field(() => Boolean, { nullable: true, description: 'default true' })
  @IsOptional()
  @IsBoolean()
  failureBlocksOpening?: boolean;
}

@InputType()
export class ServicePeriodInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field({ description: 'e.g. Breakfast 早餐, Lunch 午餐, Dinner 晚餐' })
  @IsNotEmpty()
  @Length(1, 60)
  name: string;

  @Field({ description: 'HH:MM local time' })
  @Length(5, 5)
  startsAt: string;

  @Field({ description: 'HH:MM local time (earlier than startsAt: past midnight; 24:00 with 00:00: around the clock)' })
  @Length(5, 5)
  endsAt: string;
}
