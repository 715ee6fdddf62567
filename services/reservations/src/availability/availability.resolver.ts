import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { inIdOrder, type RequestContext, type ServiceDeps, STAFF } from '@hotelops/kernel';
import { AvailabilitySearchInput, StayOffer } from '../rate-plan/rate-plan.type';
import { RoomService } from '../room/room.service';
import { RoomType } from '../room/room.type';
import { AvailabilityService, type StayOfferView } from './availability.service';
import { InventoryDay } from './availability.type';

@Resolver(() => StayOffer)
export class AvailabilityResolver {
  private readonly service: AvailabilityService;
  private readonly rooms: RoomService;
  constructor(deps: ServiceDeps) {
    this.service = new AvailabilityService(deps);
    this.rooms = new RoomService(deps);
  }

  @Authorized(STAFF, 'scope:ari:read')
  @Query(() => [StayOffer], { description: 'Bookable rate plans with the stay’s total, across room types and properties' })
  searchAvailability(@Arg('input') input: AvailabilitySearchInput, @Ctx() ctx: RequestContext) {
    return this.service.search(input, ctx.caller);
  }

  @Authorized(STAFF, 'scope:ari:read')
  @Query(() => [InventoryDay], { description: 'The inventory ledger of a room type over [from, to)' })
  roomInventory(
    @Arg('roomTypeId', () => ID) roomTypeId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.days(roomTypeId, from, to, ctx.caller);
  }

  @Authorized('general-manager', 'reservations-agent')
  @Mutation(() => [InventoryDay], { description: 'Rooms of the type that may be sold beyond those in service, each night of [from, to)' })
  setOverbookingAllowance(
    @Arg('roomTypeId', () => ID) roomTypeId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Arg('rooms', () => Int) rooms: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.setOverbooking(roomTypeId, from, to, rooms, ctx.caller);
  }

  @FieldResolver(() => RoomType)
  roomType(@Root() offer: StayOfferView, @Ctx() ctx: RequestContext) {
    return ctx.loader('RoomType', async (ids) => inIdOrder(ids, await this.rooms.roomTypesByIds(ids))).load(offer.roomTypeId);
  }
}
