import { LocalDateResolver, SafeIntResolver } from 'graphql-scalars';
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { graphqlEnum } from '@hotelops/kernel';
import { FRONT_DESK_LISTS } from './report.rules';

export const FrontDeskListEnum = graphqlEnum(FRONT_DESK_LISTS, { name: 'FrontDeskList' });

@ObjectType({ description: 'Rooms, sales and revenue KPIs (minor units of the property currency)' })
export class OccupancyFigures {
  @Field(() => Int, { description: 'rooms in service (out-of-order/out-of-service excluded)' })
  roomsAvailable: number;

  @Field(() => Int)
  roomsSold: number;

  @Field(() => SafeIntResolver, { description: 'a sum over the period: SafeInt, as it can pass 2³¹' })
  roomRevenueMinor: number;

  @Field(() => Float, { description: '出租率, percent' })
  occupancyPercent: number;

  @Field(() => Int, { description: '平均房价 (ADR)' })
  adrMinor: number;

  @Field(() => Int)
  revparMinor: number;
}

@ObjectType()
export class OccupancyDay extends OccupancyFigures {
  @Field(() => LocalDateResolver)
  date: string;
}

@ObjectType()
export class OccupancyReport {
  @Field(() => [OccupancyDay])
  days: OccupancyDay[];

  @Field(() => OccupancyFigures)
  total: OccupancyFigures;
}

@ObjectType({ description: 'Room nights booked and cancelled in the booking window, per stay night' })
export class PickupDay {
  @Field(() => LocalDateResolver)
  date: string;

  @Field(() => Int)
  booked: number;

  @Field(() => Int, { description: 'cancelled or no-show in the window' })
  cancelled: number;

  @Field(() => Int)
  pickup: number;

  @Field(() => Int)
  onTheBooks: number;
}
