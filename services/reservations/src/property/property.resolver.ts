import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { PageArgs, type RequestContext, STAFF } from '@hotelops/kernel';
import type { PropertyService } from './property.service';
import { CreatePropertyInput, Property, PropertyConnection } from './property.type';

@Resolver(() => Property)
export class PropertyResolver {
  private readonly service: PropertyService;
  constructor({ properties }: { properties: PropertyService }) {
    this.service = properties;
  }

  @Authorized(STAFF, 'scope:ari:read', 'scope:reservations:read', 'scope:reports:read')
  @Query(() => PropertyConnection, { description: 'Properties the caller may see' })
  properties(@Args() page: PageArgs, @Ctx() ctx: RequestContext) {
    return this.service.list(ctx.caller, page);
  }

  @Authorized(STAFF, 'scope:ari:read', 'scope:reservations:read', 'scope:reports:read')
  @Query(() => Property)
  property(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized('general-manager')
  @Mutation(() => Property)
  createProperty(@Arg('input') input: CreatePropertyInput) {
    return this.service.create(input);
  }
}
