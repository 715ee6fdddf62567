import { Arg, Authorized, Ctx, Field, Float, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { intArg, textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { ForecastService } from './forecast.service';
import { STORE_KEEPERS } from '../roles/inventory-roles';

@ObjectType({ description: 'What a housekeeping location needs of an item over the coming days, from reservations on the books' })
export class ParForecast {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  locationId: string;

  @Field()
  from: string;

  @Field(() => Int)
  days: number;

  @Field(() => Float, { description: 'Σ nights of occupied rooms × use per occupied night' })
  required: number;

  @Field(() => Float, { description: 'The busiest night’s use' })
  peakNight: number;

  @Field(() => Float)
  onHand: number;

  @Field(() => Float)
  shortfall: number;

  @Field({ description: 'The location holds less than the forecast needs' })
  short: boolean;
}

@Resolver(() => ParForecast)
export class ForecastResolver {
  private readonly service: ForecastService;
  constructor({ forecast }: InventoryServices) {
    this.service = forecast;
  }

  @Authorized(...STORE_KEEPERS, 'housekeeping')
  @Query(() => [ParForecast], {
    description: 'Linen and amenity par from the occupancy forecast (default: the next 14 nights), shortfalls first',
  })
  parForecast(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', () => String, textArg('from', 10, { nullable: true })) from: string | undefined,
    @Arg('days', () => Int, intArg('days', 1, 60, { nullable: true })) days: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.parForecast(propertyId, ctx.caller, from, days ?? 14);
  }
}
