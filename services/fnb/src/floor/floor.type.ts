import { IsInt, IsUUID, Matches, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { TABLE_STATUSES, type TableStatus } from './table.rules';

export const TableStatusEnum = graphqlEnum(TABLE_STATUSES, {
  name: 'DiningTableStatus',
  description: 'FREE → SEATED → ORDERED → BILL_REQUESTED → NEEDS_CLEARING → FREE',
});

@ObjectType({ description: 'A dining room of an outlet with its tables' })
export class Floor {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field()
  name: string;
}

@ObjectType({ description: 'A table on a floor plan, with the party at it now' })
export class DiningTable {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  floorId: string;

  @Field()
  number: string;

  @Field(() => Int)
  seats: number;

  @Field(() => Int, { description: 'grid column on the floor plan' })
  x: number;

  @Field(() => Int, { description: 'grid row on the floor plan' })
  y: number;

  @Field(() => TableStatusEnum)
  status: TableStatus;

  @Field(() => Int)
  covers: number;

  @Field(() => ID, { nullable: true })
  orderId: string | null;

  @Field(() => ID, { nullable: true, description: 'The table this one is joined to for one party' })
  mergedIntoId: string | null;

  @Field(() => Date, { nullable: true })
  seatedAt: Date | null;
}

@InputType()
export class AddTableInput {
  @Field(() => ID)
  @IsUUID()
  floorId: string;

  @Field()
  @Matches(/^[A-Za-z0-9-]{1,10}$/, { message: 'number must be 1–10 letters, digits or dashes' })
  number: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(50)
  seats: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(200)
  x: number;

  @Field(() => Int, { defaultValue: 0 })
  @IsInt()
  @Min(0)
  @Max(200)
  y: number;
}
