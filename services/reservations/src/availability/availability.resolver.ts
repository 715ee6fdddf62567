import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { inIdOrder, type RequestContext, type ServiceDeps, STAFF } from '@hotelops/kernel';
import { RoomService } from '../room/room.service';
import { RoomType } from '../room/room.type';
import { AvailabilityService, type StayOfferView } from './availability.service';
import { AvailabilitySearchInput, StayOffer } from './availability.type';

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

  @FieldResolver(() => RoomType)
  roomType(@Root() offer: StayOfferView, @Ctx() ctx: RequestContext) {
    return ctx.loader('RoomType', async (ids) => inIdOrder(ids, await this.rooms.roomTypesByIds(ids))).load(offer.roomTypeId);
  }
}
