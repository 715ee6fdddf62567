import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import type { MenuItemEntity } from '../menu/menu-item.entity';
import { MenuItem } from '../menu/menu-item.type';
import type { OutletService } from '../outlet/outlet.service';
import { FnbTotal } from '../report/report.type';
import type { RecipeService, RunningLow } from './recipe.service';
import { FoodCost, LowStock, Recipe, RecipeInput, RecipeLine, UnmappedSale } from './recipe.type';

/** Recipes, unmapped sales and food cost; and what stock-outs and recipes say about a menu item. */
@Resolver(() => MenuItem)
export class RecipeResolver {
  private readonly recipes: RecipeService;
  private readonly outlets: OutletService;
  constructor({ recipes, outlets }: FnbServices) {
    this.recipes = recipes;
    this.outlets = outlets;
  }

  @FieldResolver(() => Boolean, { description: 'Servers can order it: on sale, and none of its ingredients out of stock at the outlet' })
  async available(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext) {
    return item.available && (await this.outOfStock(item, ctx)).length === 0;
  }

  @FieldResolver(() => [String], { description: 'Ingredients inventory reported out of stock at the outlet' })
  async outOfStock(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext): Promise<string[]> {
    const outs = await ctx
      .loader<string[]>(`MenuItem.outOfStock:${item.outletId}`, async (ids) => {
        const m = await this.recipes.stockedOutNow(item.outletId, ids);
        return ids.map((id) => m.get(id) ?? []);
      })
      .load(item.id);
    return outs ?? [];
  }

  @FieldResolver(() => Boolean, {
    description: 'An ingredient of its recipe is at or below its reorder point at the outlet: tell the guest, push something else',
  })
  async runningLow(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext) {
    return (await this.lowOf(item, ctx)) !== null;
  }

  @FieldResolver(() => LowStock, { nullable: true, description: 'Why it runs low and how many portions are left; null when it does not' })
  async lowStock(@Root() item: MenuItemEntity, @Ctx() ctx: RequestContext) {
    return this.lowOf(item, ctx);
  }

  private async lowOf(item: MenuItemEntity, ctx: RequestContext): Promise<RunningLow | null> {
    const low = await ctx
      .loader<RunningLow | null>(`MenuItem.runningLow:${item.outletId}`, async (ids) => {
        const m = await this.recipes.runningLowNow(item.outletId, ids);
        return ids.map((id) => m.get(id) ?? null);
      })
      .load(item.id);
    return low ?? null;
  }

  @FieldResolver(() => [RecipeLine], {
    description: 'Ingredients of the recipe in force today (empty: no recipe — sales are reported as unmapped)',
  })
  async recipe(@Root() item: MenuItemEntity) {
    return this.recipes.recipeLinesNow(item.id);
  }

  @FieldResolver(() => Money, { nullable: true, description: 'Theoretical cost of one portion from its recipe and current unit costs' })
  async theoreticalCost(@Root() item: MenuItemEntity) {
    const cost = await this.recipes.portionCostNow(item.id);
    return cost ? Money.of(cost.costMinor, item.currency) : null;
  }

  @Authorized('fnb-manager')
  @Mutation(() => Recipe, { description: 'A new recipe version of a menu item or modifier from a business date' })
  setRecipe(@Arg('input') input: RecipeInput, @Ctx() ctx: RequestContext) {
    return this.recipes.setRecipe(input, ctx.caller);
  }

  @Authorized('fnb-manager')
  @Query(() => [UnmappedSale], { description: 'Items sold without a recipe between two business dates (inclusive)' })
  async unmappedSales(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    await this.outlets.get(outletId, ctx.caller);
    const rows = await this.recipes.unmappedSales(outletId, from, to);
    return rows.map((r) => ({ targetId: r.targetId, name: r.name, quantity: Number(r.quantity), lines: Number(r.lines) }));
  }

  @Authorized('fnb-manager')
  @Query(() => FoodCost, { description: 'Theoretical vs actual food cost of an outlet between two business dates (inclusive)' })
  async foodCost(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    const outlet = await this.outlets.get(outletId, ctx.caller);
    const c = await this.recipes.foodCost(outletId, from, to);
    const money = (n: number) => FnbTotal.of(n, outlet.currency);
    return {
      theoretical: money(c.theoreticalMinor),
      actual: money(c.actualMinor),
      variance: money(c.actualMinor - c.theoreticalMinor),
      uncostedPortions: c.uncostedPortions,
    };
  }
}
