import { ArrayMaxSize, ArrayMinSize, IsIn, IsInt, IsISO8601, IsOptional, IsUUID, Matches, Max, Min, ValidateNested } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Directive, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IntRange, Text, graphqlEnum } from '@hotelops/kernel';
import { MAX_NIGHTLY_RATE_MINOR } from '../room/room.rules';
import { BLOCK_KINDS, BLOCK_STATUSES, type BlockKind, type BlockStatus } from './group-block.rules';

export const BlockKindEnum = graphqlEnum(BLOCK_KINDS, { name: 'BlockKind' });
export const BlockStatusEnum = graphqlEnum(BLOCK_STATUSES, { name: 'BlockStatus' });

@ObjectType({ description: 'Rooms of one type held for a block on one night, and how many are booked' })
export class BlockAllotment {
  @Field(() => ID)
  roomTypeId: string;

  @Field(() => LocalDateResolver)
  stayDate: string;

  @Field(() => Int)
  allotted: number;

  @Field(() => Int)
  pickedUp: number;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A group or conference block (团队、会议)' })
export class GroupBlock {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  propertyId: string;

  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => BlockKindEnum)
  kind: BlockKind;

  @Field(() => BlockStatusEnum)
  status: BlockStatus;

  @Field(() => ID, { nullable: true })
  corporateAccountId: string | null;

  @Field(() => Int, { description: 'group rate per room and night, minor units' })
  rateMinor: number;

  @Field(() => LocalDateResolver)
  arrival: string;

  @Field(() => LocalDateResolver)
  departure: string;

  @Field(() => LocalDateResolver, { description: 'unbooked rooms return to general availability on this date' })
  releaseDate: string;

  @Field(() => Date, { nullable: true })
  releasedAt: Date | null;
}

@InputType()
export class AllotmentInput {
  @Field(() => ID)
  @IsUUID()
  roomTypeId: string;

  @Field(() => Int, { description: 'rooms held on every night of the block' })
  @IsInt()
  @Min(1)
  @Max(500)
  rooms: number;
}

@InputType()
export class CreateGroupBlockInput {
  @Field(() => ID)
  @IsUUID()
  propertyId: string;

  @Field()
  @Matches(/^[A-Z0-9-]{1,20}$/, { message: 'code must be 1–20 upper-case letters, digits or dashes' })
  code: string;

  @Field()
  @Text(200)
  name: string;

  @Field(() => BlockKindEnum, { defaultValue: BlockKindEnum.GROUP })
  @IsIn(BLOCK_KINDS)
  kind: BlockKind;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  corporateAccountId?: string;

  @Field(() => Int, { description: `minor units per night, at most ${MAX_NIGHTLY_RATE_MINOR}` })
  @IntRange(0, MAX_NIGHTLY_RATE_MINOR)
  rateMinor: number;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  arrival: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  departure: string;

  @Field(() => LocalDateResolver)
  @IsISO8601({ strict: true })
  releaseDate: string;

  @Field(() => [AllotmentInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  allotments: AllotmentInput[];
}
