import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { OutletRef } from '../federation/outlet.reference';
import type { StockService } from './stock.service';
import { StockLevel } from './stock.type';

/** Inventory's contribution to fnb's Outlet: what is on hand there. */
@Resolver(() => OutletRef)
export class OutletStockResolver {
  private readonly service: StockService;
  constructor({ stock }: InventoryServices) {
    this.service = stock;
  }

  @Authorized()
  @FieldResolver(() => [StockLevel], { nullable: true, description: "On-hand at the outlet's locations and their bins" })
  stockLevels(@Root() outlet: OutletRef, @Ctx() ctx: RequestContext) {
    return ctx.loader('Outlet.stockLevels', (ids) => this.service.levelsByOutlet(ids, ctx.caller)).load(outlet.id);
  }
}
