import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { BUYERS } from '../purchasing/purchasing.resolver';
import type { ExchangeService } from './exchange.service';
import { ReceiveReplacementInput, StartVendorExchangeInput, VendorExchange } from './exchange.type';

/** Vendor exchanges (换货), worked by the people who receive (返厂 and 换货 alike). */
@Resolver(() => VendorExchange)
export class ExchangeResolver {
  private readonly service: ExchangeService;
  constructor({ exchanges }: InventoryServices) {
    this.service = exchanges;
  }

  @Authorized(...BUYERS, 'fnb-manager')
  @Query(() => [VendorExchange], { description: 'Vendor exchanges of a property (or one order), newest first (at most 100)' })
  vendorExchanges(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('purchaseOrderId', () => ID, { nullable: true }) purchaseOrderId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, purchaseOrderId);
  }

  @Authorized(...BUYERS)
  @Mutation(() => VendorExchange, { description: 'Sends goods back against the order line they came on, for a replacement (换货)' })
  startVendorExchange(@Arg('input') input: StartVendorExchangeInput, @Ctx() ctx: RequestContext) {
    return this.service.start(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BUYERS)
  @Mutation(() => VendorExchange, { description: 'Receives the supplier’s replacement, at the order line’s price' })
  receiveExchangeReplacement(
    @Arg('id', () => ID, uuidArg('id')) id: string,
    @Arg('input') input: ReceiveReplacementInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.receiveReplacement(id, input, ctx.caller, ctx.eventMeta);
  }
}
