import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { type RequestContext, STAFF } from '@hotelops/kernel';
import { loadRoomType } from '../room/room-type.reference';
import type { RoomService } from '../room/room.service';
import { RoomType } from '../room/room.type';
import type { AvailabilityService, StayOfferView } from './availability.service';
import { AvailabilitySearchInput, StayOffer } from './availability.type';

@Resolver(() => StayOffer)
export class AvailabilityResolver {
  private readonly service: AvailabilityService;
  private readonly rooms: RoomService;
  constructor({ availability, rooms }: { availability: AvailabilityService; rooms: RoomService }) {
    this.service = availability;
    this.rooms = rooms;
  }

  @Authorized(STAFF, 'scope:ari:read')
  @Query(() => [StayOffer], { description: 'Bookable rate plans with the stay’s total, across room types and properties' })
  searchAvailability(@Arg('input') input: AvailabilitySearchInput, @Ctx() ctx: RequestContext) {
    return this.service.search(input, ctx.caller);
  }

  @FieldResolver(() => RoomType)
  roomType(@Root() offer: StayOfferView, @Ctx() ctx: RequestContext) {
    return loadRoomType(ctx, this.rooms).load(offer.roomTypeId);
  }
}
