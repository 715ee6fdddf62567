import { IsNumber, IsUUID, Max, Min } from 'class-validator';
import { Arg, Authorized, Ctx, Field, Float, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { MAX_QUANTITY, QUANTITY_DECIMALS } from '../quantity/quantity.rules';
import type { ConsumptionService } from './consumption.service';
import { STORE_KEEPERS } from '../roles/inventory-roles';

@ObjectType()
export class ConsumptionShortfall {
  @Field(() => ID)
  itemId: string;

  @Field(() => Float)
  quantity: number;

  @Field({ description: 'INSUFFICIENT, BIN_FROZEN, NO_LOCATION or UNKNOWN_ITEM' })
  reason: string;
}

@ObjectType({ description: 'Stock used by a sale (F&B depletion) or a night’s housekeeping, booked once' })
export class StockConsumption {
  @Field(() => ID)
  id: string;

  @Field()
  source: string;

  @Field()
  sourceId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => ID, { nullable: true })
  outletId: string | null;

  @Field(() => String, { nullable: true })
  department: string | null;

  @Field()
  businessDate: string;

  @Field(() => Float)
  valueMinor: number;

  @Field(() => [ConsumptionShortfall], { description: 'What the shelf could not give: the next count shows it' })
  shortfalls: ConsumptionShortfall[];
}

@ObjectType()
export class HousekeepingPar {
  @Field(() => ID)
  itemId: string;

  @Field(() => ID)
  roomTypeId: string;

  @Field(() => ID)
  locationId: string;

  @Field(() => Float)
  perOccupiedNight: number;
}

@InputType()
export class HousekeepingParInput {
  @Field(() => ID)
  @IsUUID()
  itemId: string;

  @Field(() => ID, { description: 'A room type of reservations' })
  @IsUUID()
  roomTypeId: string;

  @Field(() => ID, { description: 'Where housekeeping draws it from' })
  @IsUUID()
  locationId: string;

  @Field(() => Float, { description: 'Used per occupied room-night' })
  @IsNumber({ maxDecimalPlaces: QUANTITY_DECIMALS, allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(MAX_QUANTITY)
  perOccupiedNight: number;
}

@Resolver(() => StockConsumption)
export class ConsumptionResolver {
  private readonly service: ConsumptionService;
  constructor({ consumption }: InventoryServices) {
    this.service = consumption;
  }

  @Authorized(...STORE_KEEPERS, 'fnb-manager', 'housekeeping')
  @Query(() => [StockConsumption], { description: 'Consumption booked on business dates in [from, to] (at most 100, newest first)' })
  stockConsumptions(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', textArg('from', 10)) from: string,
    @Arg('to', textArg('to', 10)) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, from, to);
  }

  @Authorized(...STORE_KEEPERS, 'housekeeping')
  @Mutation(() => HousekeepingPar, { description: 'Amenity/linen use per occupied room-night of a room type, booked at each night audit' })
  setHousekeepingPar(@Arg('input') input: HousekeepingParInput, @Ctx() ctx: RequestContext) {
    return this.service.setHousekeepingPar(input, ctx.caller);
  }
}
