import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { PropertyRef } from '../federation/property.reference';
import type { ItemEntity } from './item.entity';
import type { ItemCategory } from './item.rules';
import type { ItemService } from './item.service';
import { CreateInventoryItemInput, Item, ItemCategoryEnum, ItemConnection } from './item.type';

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
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, category);
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

  @Authorized('storekeeper')
  @Mutation(() => Item)
  createItem(@Arg('input') input: CreateInventoryItemInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
