import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { intArg, type RequestContext, STAFF } from '@hotelops/kernel';
import { MAX_OVERBOOKING_ROOMS } from './room-inventory.rules';
import type { RoomInventoryService } from './room-inventory.service';
import { InventoryDay } from './room-inventory.type';

@Resolver(() => InventoryDay)
export class RoomInventoryResolver {
  private readonly service: RoomInventoryService;
  constructor({ roomInventory }: { roomInventory: RoomInventoryService }) {
    this.service = roomInventory;
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
    @Arg('rooms', () => Int, intArg('rooms', 0, MAX_OVERBOOKING_ROOMS)) rooms: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.setOverbookingAllowance(roomTypeId, from, to, rooms, ctx.caller);
  }
}
