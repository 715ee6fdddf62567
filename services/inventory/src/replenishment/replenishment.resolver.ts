import { Arg, Authorized, Ctx, Field, Float, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { PurchaseOrder } from '../purchasing/purchasing.type';
import type { ReplenishmentService } from './replenishment.service';
import { STORE_KEEPERS } from '../roles/inventory-roles';

@ObjectType({ description: 'What to order of an item and from whom (补货建议)' })
export class ReplenishmentSuggestion {
  @Field(() => ID)
  itemId: string;

  @Field(() => Float)
  onHand: number;

  @Field(() => Float, { description: 'Ordered and not yet received, stock units' })
  onOrder: number;

  @Field(() => Float, { description: 'Average use per day over the window, stock units' })
  dailyUsage: number;

  @Field(() => Float, { description: 'Stock units below target' })
  shortfall: number;

  @Field(() => ID, { nullable: true, description: 'Cheapest supplier with a price; null when none has one' })
  supplierId: string | null;

  @Field(() => String, { nullable: true })
  unit: string | null;

  @Field(() => Float, { description: 'Whole purchase units to order' })
  orderQuantity: number;

  @Field(() => Float, { description: 'Stock units that order brings in' })
  orderStock: number;
}

@Resolver(() => ReplenishmentSuggestion)
export class ReplenishmentResolver {
  private readonly service: ReplenishmentService;
  constructor({ replenishment }: InventoryServices) {
    this.service = replenishment;
  }

  @Authorized(...STORE_KEEPERS, 'fnb-manager')
  @Query(() => [ReplenishmentSuggestion], {
    description: 'Items to reorder from stock, use, par, reorder point, lead time and open orders',
  })
  replenishmentSuggestions(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('windowDays', () => Int, { defaultValue: 28 }) windowDays: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.suggestions(propertyId, ctx.caller, Math.min(Math.max(windowDays, 1), 365));
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => [PurchaseOrder], { description: 'Turns the current suggestions into draft purchase orders, one per supplier' })
  draftReplenishmentOrders(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('locationId', () => ID) locationId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.draftOrders(propertyId, locationId, ctx.caller);
  }
}
