import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, groupByIds, type RequestContext, STAFF } from '@hotelops/kernel';
import type { RoomEntity } from './room.entity';
import type { HousekeepingStatus } from './room.rules';
import { loadRoomType } from './room-type.reference';
import type { RoomService } from './room.service';
import {
  CreateRoomInput,
  CreateRoomTypeInput,
  HousekeepingStatusEnum,
  Room,
  RoomConnection,
  RoomOutage,
  RoomOutageInput,
  RoomType,
} from './room.type';

@Resolver(() => Room)
export class RoomResolver {
  private readonly service: RoomService;
  constructor({ rooms }: { rooms: RoomService }) {
    this.service = rooms;
  }

  @Authorized(STAFF, 'scope:ari:read')
  @Query(() => [RoomType])
  roomTypes(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.roomTypes(propertyId, ctx.caller);
  }

  @Authorized()
  @Query(() => RoomConnection, { description: 'Rooms of a property ordered by number' })
  rooms(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('housekeepingStatus', () => HousekeepingStatusEnum, { nullable: true }) status: HousekeepingStatus | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.rooms(propertyId, ctx.caller, page, status);
  }

  @FieldResolver(() => RoomType)
  roomType(@Root() room: RoomEntity, @Ctx() ctx: RequestContext) {
    return loadRoomType(ctx, this.service).load(room.roomTypeId);
  }

  @Authorized('general-manager')
  @Mutation(() => RoomType)
  createRoomType(@Arg('input') input: CreateRoomTypeInput, @Ctx() ctx: RequestContext) {
    return this.service.createRoomType(input, ctx.caller);
  }

  @Authorized('general-manager')
  @Mutation(() => Room)
  createRoom(@Arg('input') input: CreateRoomInput, @Ctx() ctx: RequestContext) {
    return this.service.createRoom(input, ctx.caller);
  }

  @Authorized('housekeeping', 'front-desk')
  @Mutation(() => Room, {
    description: 'Records a housekeeping status change: dirty → clean → inspected, back to dirty; outages use setRoomOutOfOrder',
  })
  setRoomHousekeepingStatus(
    @Arg('roomId', () => ID) roomId: string,
    @Arg('status', () => HousekeepingStatusEnum) status: HousekeepingStatus,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.setHousekeepingStatus(roomId, status, ctx.caller, ctx.eventMeta);
  }

  @Authorized('housekeeping', 'front-desk', 'duty-manager')
  @Mutation(() => RoomOutage, { description: 'Takes a room out of order or service; its type sells one room less on those nights' })
  setRoomOutOfOrder(@Arg('input') input: RoomOutageInput, @Ctx() ctx: RequestContext) {
    return this.service.startOutage(input, ctx.caller);
  }

  @Authorized('housekeeping', 'front-desk', 'duty-manager')
  @Mutation(() => RoomOutage, { description: 'Ends an outage early; the room is sellable again from today' })
  returnRoomToService(@Arg('outageId', () => ID) outageId: string, @Ctx() ctx: RequestContext) {
    return this.service.endOutage(outageId, ctx.caller);
  }

  @FieldResolver(() => [RoomOutage])
  outages(@Root() room: RoomEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader('RoomOutages', async (ids) => groupByIds(ids, await this.service.outagesOf(ids), (o) => o.roomId)).load(room.id);
  }
}
