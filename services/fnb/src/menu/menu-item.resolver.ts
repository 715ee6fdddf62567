import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { loadOutlet } from '../outlet/outlet.reference';
import type { OutletService } from '../outlet/outlet.service';
import { Outlet } from '../outlet/outlet.type';
import type { MenuItemEntity, MenuPriceEntity, ModifierEntity, ModifierGroupEntity } from './menu-item.entity';
import type { MenuItemService } from './menu-item.service';
import { CreateMenuItemInput, CreateModifierGroupInput, MenuItem, MenuPrice, Modifier, ModifierGroup } from './menu-item.type';

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

  @FieldResolver(() => Boolean)
  onSale(@Root() item: MenuItemEntity) {
    return item.available;
  }

  @FieldResolver(() => [MenuPrice], { description: 'Past, current and scheduled prices, oldest first' })
  async prices(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<MenuPriceEntity[]>('MenuItem.prices', async (ids) => {
        const all = await this.service.pricesOf(ids);
        return ids.map((id) => all.filter((p) => p.menuItemId === id));
      })
      .load(item.id);
    return rows ?? [];
  }

  @FieldResolver(() => Money, { description: "The price in force now, in the outlet's currency" })
  async price(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext): Promise<Money> {
    const now = this.service.now().getTime();
    const prices = (await this.prices(item, ctx)).filter((p) => p.effectiveFrom.getTime() <= now);
    return Money.of(prices.at(-1)?.priceMinor ?? item.priceMinor, item.currency);
  }

  @FieldResolver(() => [ModifierGroup], { description: 'Choices offered with this item' })
  async modifierGroups(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<ModifierGroupEntity[]>('MenuItem.modifierGroups', async (ids) => {
        const { links, groups } = await this.service.modifierGroupsOf(ids);
        return ids.map((id) => groups.filter((g) => links.some((l) => l.menuItemId === id && l.groupId === g.id)));
      })
      .load(item.id);
    return rows ?? [];
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

  @Authorized('fnb-manager')
  @Mutation(() => MenuItem, { description: 'A new price from effectiveFrom (default now) on; orders keep the price they were taken at' })
  changeMenuPrice(
    @Arg('id', () => ID) id: string,
    @Arg('priceMinor', () => Int) priceMinor: number,
    @Arg('effectiveFrom', () => Date, { nullable: true }) effectiveFrom: Date | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.schedulePrice(id, priceMinor, effectiveFrom, ctx.caller);
  }

  @Authorized('fnb-manager')
  @Mutation(() => ModifierGroup)
  createModifierGroup(@Arg('input') input: CreateModifierGroupInput, @Ctx() ctx: RequestContext) {
    return this.service.createModifierGroup(input, ctx.caller);
  }
}

@Resolver(() => ModifierGroup)
export class ModifierGroupResolver {
  private readonly service: MenuItemService;
  constructor({ menuItems }: FnbServices) {
    this.service = menuItems;
  }

  @FieldResolver(() => [Modifier])
  async modifiers(@Root() g: ModifierGroupEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<ModifierEntity[]>('ModifierGroup.modifiers', async (ids) => {
        const all = await this.service.modifiersOfGroups(ids);
        return ids.map((id) => all.filter((m) => m.groupId === id));
      })
      .load(g.id);
    return rows ?? [];
  }
}
