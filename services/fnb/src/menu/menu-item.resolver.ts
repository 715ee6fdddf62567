import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { loadOutlet } from '../outlet/outlet.reference';
import type { OutletService } from '../outlet/outlet.service';
import { Outlet } from '../outlet/outlet.type';
import type { MenuItemEntity } from './menu-item.entity';
import type { MenuItemService } from './menu-item.service';
import { CreateMenuItemInput, MenuItem } from './menu-item.type';

@Resolver(() => MenuItem)
export class MenuItemResolver {
  private readonly service: MenuItemService;
  private readonly outlets: OutletService;
  constructor({ menuItems, outlets }: FnbServices) {
    this.service = menuItems;
    this.outlets = outlets;
  }

  @Authorized()
  @Query(() => [MenuItem], { description: "An outlet's menu by category and name" })
  menu(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('category', () => String, { nullable: true }) category: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.menu(outletId, category, ctx.caller);
  }

  @FieldResolver(() => Money, { description: "In the outlet's currency" })
  price(@Root() item: MenuItemEntity): Money {
    return Money.of(item.priceMinor, item.currency);
  }

  @FieldResolver(() => Outlet)
  outlet(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext) {
    return loadOutlet(ctx, this.outlets).load(item.outletId);
  }

  @Authorized('fnb-manager')
  @Mutation(() => MenuItem)
  createMenuItem(@Arg('input') input: CreateMenuItemInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized('fnb-manager')
  @Mutation(() => MenuItem, { description: 'Marks an item sold out (false) or back on the menu (true)' })
  setMenuItemAvailability(@Arg('id', () => ID) id: string, @Arg('available') available: boolean, @Ctx() ctx: RequestContext) {
    return this.service.setAvailability(id, available, ctx.caller);
  }
}
