import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { STORE_APPROVERS } from '../roles/inventory-roles';
import type { CurrencyService } from './currency.service';

@Resolver()
export class CurrencyResolver {
  private readonly service: CurrencyService;
  constructor({ currencies }: InventoryServices) {
    this.service = currencies;
  }

  @Authorized()
  @Query(() => String, { description: 'The currency inventory values this property’s stock in (ISO 4217)' })
  inventoryCurrency(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    ctx.caller.assertProperty(propertyId);
    return this.service.get(propertyId);
  }

  @Authorized(...STORE_APPROVERS)
  @Mutation(() => String, { description: 'Sets the property’s inventory currency (otherwise learned from reservations)' })
  setInventoryCurrency(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('currency', textArg('currency', 3)) currency: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.set(propertyId, currency, ctx.caller);
  }
}
