import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { PropertyRef } from '../federation/property.reference';
import type { OutletEntity, ServicePeriodEntity } from './outlet.entity';
import type { OutletService } from './outlet.service';
import { CreateOutletInput, Outlet, ServicePeriod, ServicePeriodInput } from './outlet.type';

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

  @FieldResolver(() => PropertyRef, { nullable: true, description: 'The hotel of this outlet' })
  property(@Root() o: OutletEntity): PropertyRef {
    return { id: o.propertyId };
  }

  @FieldResolver(() => String, { description: 'The business date a sale now belongs to (local date, after the last close)' })
  businessDate(@Root() o: OutletEntity): string {
    return this.service.businessDate(o);
  }

  @FieldResolver(() => [ServicePeriod], { description: 'Service periods by start time' })
  async servicePeriods(@Root() o: OutletEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader<ServicePeriodEntity[]>('Outlet.servicePeriods', async (ids) => {
        const all = await this.service.periodsOf(ids);
        return ids.map((id) => all.filter((p) => p.outletId === id));
      })
      .load(o.id);
    return rows ?? [];
  }

  @Authorized('fnb-manager')
  @Mutation(() => Outlet)
  createOutlet(@Arg('input') input: CreateOutletInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized('fnb-manager')
  @Mutation(() => ServicePeriod, { description: 'Adds a service period with its opening hours' })
  addServicePeriod(@Arg('input') input: ServicePeriodInput, @Ctx() ctx: RequestContext) {
    return this.service.addPeriod(input, ctx.caller);
  }
}
