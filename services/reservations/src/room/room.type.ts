import { IsInt, IsNotEmpty, IsUUID, Matches, Max, Min } from 'class-validator';
import { Directive, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { HOUSEKEEPING_STATUSES } from './room.rules';

export enum HousekeepingStatusEnum {
  DIRTY = 'DIRTY',
  CLEAN = 'CLEAN',
  INSPECTED = 'INSPECTED',
  OUT_OF_ORDER = 'OUT_OF_ORDER',
}
registerEnumType(HousekeepingStatusEnum, { name: 'HousekeepingStatus' });
void HOUSEKEEPING_STATUSES;

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
  housekeepingStatus: HousekeepingStatusEnum;

  @Field()
  occupied: boolean;
}

@InputType()
export class CreateRoomTypeInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9-]{1,20}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @IsNotEmpty()
  name: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(20)
  capacity: number;

  @Field(() => Int, { description: 'rack rate per night, minor units' })
  @IsInt()
  @Min(0)
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
  @IsInt()
  @Min(-5)
  @Max(200)
  floor: number;
}
