import { Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext, ServiceDeps } from '@hotelops/kernel';
import { Outlet } from '../federation/stubs.type';
import { StockService } from './stock.service';
import { StockLevel } from './stock.type';

/** Inventory's contribution to fnb's Outlet: what is on hand there. */
@Resolver(() => Outlet)
export class OutletStockResolver {
  private readonly service: StockService;
  constructor(deps: ServiceDeps) {
    this.service = new StockService(deps);
  }

  @Authorized()
  @FieldResolver(() => [StockLevel], { description: "On-hand at the outlet's locations and their bins" })
  stockLevels(@Root() outlet: Outlet, @Ctx() ctx: RequestContext) {
    return ctx.loader('Outlet.stockLevels', (ids) => this.service.levelsByOutlet(ids, ctx.caller)).load(outlet.id);
  }
}
