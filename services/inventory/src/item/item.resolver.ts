import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, groupByIds, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { PropertyRef } from '../federation/property.reference';
import type { ItemEntity, ItemUnitEntity } from './item.entity';
import type { ItemCategory } from './item.rules';
import type { ItemService } from './item.service';
import {
  CreateInventoryItemInput,
  Item,
  ItemCategoryEnum,
  ItemConnection,
  ItemUnit,
  ItemUnitInput,
  UpdateInventoryItemInput,
} from './item.type';
import { STORE_KEEPERS } from '../roles/inventory-roles';

@Resolver(() => Item)
export class ItemResolver {
  private readonly service: ItemService;
  constructor({ items }: InventoryServices) {
    this.service = items;
  }

  @Authorized()
  @Query(() => ItemConnection, { description: 'Items of a property ordered by SKU' })
  items(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('category', () => ItemCategoryEnum, { nullable: true }) category: ItemCategory | undefined,
    @Arg('includeArchived', { defaultValue: false }) includeArchived: boolean,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, category, includeArchived);
  }

  @Authorized()
  @Query(() => Item)
  item(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @FieldResolver(() => PropertyRef, { nullable: true, description: 'The hotel this item is stocked in' })
  property(@Root() item: ItemEntity): PropertyRef {
    return { id: item.propertyId };
  }

  @FieldResolver(() => [ItemUnit], { description: 'Pack and purchase units besides the stock unit' })
  async units(@Root() item: ItemEntity, @Ctx() ctx: RequestContext) {
    return ctx
      .loader<ItemUnitEntity[]>('ItemUnits', async (ids) => groupByIds(ids, await this.service.unitsOf(ids), (u) => u.itemId))
      .load(item.id);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => Item, { description: 'Edits name, par level, reorder point or shelf life' })
  updateItem(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateInventoryItemInput, @Ctx() ctx: RequestContext) {
    return this.service.update(id, input, ctx.caller);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => Item, { description: 'Archives (or restores) an item: no new receipts or orders, history kept' })
  archiveItem(@Arg('id', () => ID) id: string, @Arg('archived', { defaultValue: true }) archived: boolean, @Ctx() ctx: RequestContext) {
    return this.service.archive(id, archived, ctx.caller);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => Item, { description: 'Adds or replaces a pack/purchase unit of the item (a case of 24)' })
  setItemUnit(@Arg('id', () => ID) id: string, @Arg('input') input: ItemUnitInput, @Ctx() ctx: RequestContext) {
    return this.service.setUnit(id, input, ctx.caller);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => Item)
  createItem(@Arg('input') input: CreateInventoryItemInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
