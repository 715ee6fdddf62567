import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, PageArgs, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { PropertyRef } from '../federation/stubs.type';
import type { ItemEntity } from './item.entity';
import { ItemService } from './item.service';
import { CreateInventoryItemInput, Item, ItemCategoryEnum } from './item.type';

@ObjectType()
export class ItemConnection extends Connection(Item) {}

@Resolver(() => Item)
export class ItemResolver {
  private readonly service: ItemService;
  constructor(deps: ServiceDeps) {
    this.service = new ItemService(deps);
  }

  @Authorized()
  @Query(() => ItemConnection, { description: 'Items of a property ordered by SKU' })
  items(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('category', () => ItemCategoryEnum, { nullable: true }) category: ItemCategoryEnum | undefined,
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

  @FieldResolver(() => PropertyRef, { description: 'The hotel this item is stocked in' })
  property(@Root() item: ItemEntity): PropertyRef {
    return { id: item.propertyId };
  }

  @Authorized('storekeeper')
  @Mutation(() => Item)
  createItem(@Arg('input') input: CreateInventoryItemInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
