import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { PropertyRef } from '../federation/property.reference';
import type { OutletEntity } from './outlet.entity';
import type { OutletService } from './outlet.service';
import { CreateOutletInput, Outlet } from './outlet.type';

@Resolver(() => Outlet)
export class OutletResolver {
  private readonly service: OutletService;
  constructor({ outlets }: FnbServices) {
    this.service = outlets;
  }

  @Authorized()
  @Query(() => [Outlet], { description: 'Outlets of a property by name' })
  outlets(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized()
  @Query(() => Outlet)
  outlet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @FieldResolver(() => PropertyRef, { description: 'The hotel of this outlet' })
  property(@Root() o: OutletEntity): PropertyRef {
    return { id: o.propertyId };
  }

  @Authorized('fnb-manager')
  @Mutation(() => Outlet)
  createOutlet(@Arg('input') input: CreateOutletInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }
}
