import { IsInt, IsUUID, Length, Max, Min } from 'class-validator';
import { LocalDateResolver } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { MAX_AMOUNT_MINOR } from '../order/order.rules';
import { BANQUET_STATUSES, type BanquetStatus } from './banquet.rules';

export const BanquetStatusEnum = graphqlEnum(BANQUET_STATUSES, {
  name: 'BanquetStatus',
  description: 'TENTATIVE → CONFIRMED → SETTLED; CANCELLED',
});

@ObjectType({ description: '宴会: a banquet event order for a group block' })
export class Banquet {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field()
  name: string;

  @Field(() => LocalDateResolver)
  eventDate: string;

  @Field()
  roomName: string;

  @Field(() => Int)
  covers: number;

  @Field()
  menu: string;

  @Field(() => Int, { description: 'per cover' })
  setPriceMinor: number;

  @Field(() => Int)
  depositMinor: number;

  @Field()
  currency: string;

  @Field(() => BanquetStatusEnum)
  status: BanquetStatus;

  @Field(() => Int, { nullable: true, description: 'charged to the group at settlement: covers × set price − deposit' })
  chargedMinor: number | null;

  @Field(() => String, { nullable: true, description: 'SENT, POSTED or REJECTED by reservations' })
  postingStatus: string | null;

  @Field(() => String, { nullable: true })
  postingReason: string | null;
}

@InputType()
export class CreateBanquetInput {
  @Field(() => ID)
  @IsUUID()
  outletId: string;

  @Field(() => ID)
  @IsUUID()
  groupBlockId: string;

  @Field()
  @Length(1, 200)
  name: string;

  @Field(() => LocalDateResolver)
  eventDate: string;

  @Field()
  @Length(1, 100)
  roomName: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(5000)
  covers: number;

  @Field()
  @Length(1, 2000)
  menu: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  setPriceMinor: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT_MINOR)
  depositMinor: number;
}
