import { ArrayMaxSize, IsIn, IsISO8601, IsUUID, Length, Matches } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, IntRange, NotBlank, Text, graphqlEnum } from '@hotelops/kernel';
import { HOUSEKEEPING_STATUSES, MAX_NIGHTLY_RATE_MINOR, OUTAGE_KINDS, type HousekeepingStatus, type OutageKind } from './room.rules';

export const HousekeepingStatusEnum = graphqlEnum(HOUSEKEEPING_STATUSES, { name: 'HousekeepingStatus' });
export const OutageKindEnum = graphqlEnum(OUTAGE_KINDS, { name: 'OutageKind' });

@Directive('@key(fields: "id")')
@ObjectType()
export class RoomType {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Int)
  capacity: number;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Room {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field(() => ID)
  roomTypeId: string;

  @Field()
  number: string;

  @Field(() => Int)
  floor: number;

  @Field(() => HousekeepingStatusEnum)
  housekeepingStatus: HousekeepingStatus;

  @Field()
  occupied: boolean;

  @Field(() => [String], { description: 'e.g. lake view, bathtub, connecting' })
  features: string[];
}

@ObjectType()
export class RoomConnection extends Connection(Room) {}

@InputType()
export class CreateRoomTypeInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9-]{1,20}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => Int)
  @IntRange(1, 20)
  capacity: number;

  @Field(() => Int, { description: `rack rate per night, minor units (at most ${MAX_NIGHTLY_RATE_MINOR})` })
  @IntRange(0, MAX_NIGHTLY_RATE_MINOR)
  baseRateMinor: number;
}

@InputType()
export class CreateRoomInput {
  @Field(() => ID)
  @IsUUID()
  roomTypeId: string;

  @Field()
  @Matches(/^[A-Za-z0-9-]{1,10}$/, { message: 'number must be 1–10 letters, digits or dashes' })
  number: string;

  @Field(() => Int)
  @IntRange(-5, 200)
  floor: number;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(20)
  @Length(1, 60, { each: true })
  @NotBlank({ each: true })
  features: string[];
}

@ObjectType({ description: 'A room out of order or out of service for [from, returnDate)' })
export class RoomOutage {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  roomId: string;

  @Field(() => OutageKindEnum)
  kind: OutageKind;

  @Field()
  reason: string;

  @Field(() => LocalDateResolver, { name: 'from' })
  fromDate: string;

  @Field(() => LocalDateResolver, { name: 'returnDate', description: 'first night the room is sellable again' })
  untilDate: string;
}

@InputType()
export class RoomOutageInput {
  @Field(() => ID)
  @IsUUID()
  roomId: string;

  @Field(() => OutageKindEnum)
  @IsIn(OUTAGE_KINDS)
  kind: OutageKind;

  @Field()
  @Text(300)
  reason: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  from: string;

  @Field(() => LocalDateResolver, { description: 'first night the room is sellable again' })
  @IsISO8601({ strict: true })
  returnDate: string;
}
