import { Arg, Args, Authorized, Ctx, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { Connection, PageArgs, type RequestContext, type ServiceDeps, STAFF } from '@hotelops/kernel';
import { PropertyService } from './property.service';
import { CreatePropertyInput, Property } from './property.type';

@ObjectType()
export class PropertyConnection extends Connection(Property) {}

@Resolver(() => Property)
export class PropertyResolver {
  private readonly service: PropertyService;
  constructor(deps: ServiceDeps) {
    this.service = new PropertyService(deps);
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
