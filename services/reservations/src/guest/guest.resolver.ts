import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Connection, Money, PageArgs, groupByIds, inIdOrder, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { PropertyService } from '../property/property.service';
import { Reservation } from '../reservation/reservation.type';
import type { GuestEntity } from './guest.entity';
import { GuestService } from './guest.service';
import { CreateGuestInput, Guest, GuestStats, PERSONAL_DATA_ROLES, UpdateGuestInput } from './guest.type';

@ObjectType()
export class GuestConnection extends Connection(Guest) {}

@Resolver(() => Guest)
export class GuestResolver {
  private readonly service: GuestService;
  private readonly properties: PropertyService;
  constructor(deps: ServiceDeps) {
    this.service = new GuestService(deps);
    this.properties = new PropertyService(deps);
  }

  @Authorized(...PERSONAL_DATA_ROLES)
  @Query(() => GuestConnection)
  guests(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('name', () => String, { nullable: true }) name: string | undefined,
    @Arg('vip', () => Boolean, { nullable: true }) vip: boolean | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { name, vip });
  }

  @Authorized()
  @Query(() => Guest)
  guest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized('front-desk', 'reservations-agent')
  @Mutation(() => Guest)
  createGuest(@Arg('input') input: CreateGuestInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized('front-desk', 'reservations-agent')
  @Mutation(() => Guest)
  updateGuest(@Arg('id', () => ID) id: string, @Arg('input') input: UpdateGuestInput, @Ctx() ctx: RequestContext) {
    return this.service.update(id, input, ctx.caller);
  }

  @Authorized('duty-manager')
  @Mutation(() => Guest, { description: 'Erasure on request: personal data removed from the profile and its stays; statistics kept' })
  eraseGuest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.erase(id, ctx.caller, ctx.eventMeta);
  }

  @FieldResolver(() => Boolean)
  erased(@Root() g: GuestEntity) {
    return g.erasedAt != null;
  }

  @FieldResolver(() => [Reservation], { description: 'Stay history, latest arrival first' })
  stays(@Root() g: GuestEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader('GuestStays', async (ids) => groupByIds(ids, await this.service.staysOf(ids), (r) => r.guestId!)).load(g.id);
  }

  @FieldResolver(() => GuestStats)
  async stats(@Root() g: GuestEntity, @Ctx() ctx: RequestContext) {
    const row = await ctx.loader('GuestStats', (ids) => this.service.statsOf(ids)).load(g.id);
    const property = await ctx.loader('Property', async (ids) => inIdOrder(ids, await this.properties.byIds(ids))).load(g.propertyId);
    return { stays: row!.stays, nights: row!.nights, roomRevenue: Money.of(row!.revenueMinor, property!.currency) };
  }
}
