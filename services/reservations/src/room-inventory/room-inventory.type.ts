import { LocalDateResolver } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Inventory of one room type for one night' })
export class InventoryDay {
  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => Int, { description: 'rooms of the type' })
  roomsTotal: number;

  @Field(() => Int, { description: 'rooms out of order or out of service' })
  outOfService: number;

  @Field(() => Int)
  roomsInService: number;

  @Field(() => Int)
  sold: number;

  @Field(() => Int, { description: 'rooms that may be sold beyond those in service' })
  overbooking: number;

  @Field(() => Int)
  available: number;
}
