import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Connection, Money, PageArgs, inIdOrder, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { RoomService } from '../room/room.service';
import { Room, RoomType } from '../room/room.type';
import { Property } from '../property/property.type';
import type { ReservationEntity } from './reservation.entity';
import { ReservationService } from './reservation.service';
import { CreateReservationInput, Reservation, ReservationStatusEnum } from './reservation.type';

@ObjectType()
export class ReservationConnection extends Connection(Reservation) {}

const BOOKERS = ['front-desk', 'reservations-agent', 'scope:reservations:write'];

@Resolver(() => Reservation)
export class ReservationResolver {
  private readonly service: ReservationService;
  private readonly roomService: RoomService;
  constructor(deps: ServiceDeps) {
    this.service = new ReservationService(deps);
    this.roomService = new RoomService(deps);
  }

  @Authorized()
  @Query(() => Reservation)
  reservation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized()
  @Query(() => ReservationConnection)
  reservations(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('status', () => ReservationStatusEnum, { nullable: true }) status: ReservationStatusEnum | undefined,
    @Arg('arrival', () => LocalDateResolver, { nullable: true }) arrival: string | undefined,
    @Args() page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, page, { status, arrival });
  }

  @FieldResolver(() => Property, { description: 'The hotel of this stay' })
  property(@Root() r: ReservationEntity) {
    return { id: r.propertyId };
  }

  @FieldResolver(() => RoomType)
  roomType(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader('RoomType', async (ids) => inIdOrder(ids, await this.roomService.roomTypesByIds(ids))).load(r.roomTypeId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'Assigned at check-in' })
  room(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    if (!r.roomId) return null;
    return ctx.loader('Room', async (ids) => inIdOrder(ids, await this.roomService.roomsByIds(ids))).load(r.roomId);
  }

  @FieldResolver(() => Money, { description: 'Nightly rate of the stay' })
  nightlyRate(@Root() r: ReservationEntity) {
    return Money.of(r.nightlyRateMinor, r.currency);
  }

  @Authorized('front-desk', 'reservations-agent')
  @FieldResolver(() => String, { nullable: true, description: 'Guest personal data' })
  guestEmail(@Root() r: ReservationEntity) {
    return r.guestEmail;
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation)
  createReservation(@Arg('input') input: CreateReservationInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation)
  confirmReservation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.confirm(id, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation)
  cancelReservation(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.cancel(id, reason, ctx.caller, ctx.eventMeta);
  }

  @Authorized('front-desk')
  @Mutation(() => Reservation, { description: 'Assigns roomId, or any vacant clean/inspected room of the booked type' })
  checkIn(
    @Arg('id', () => ID) id: string,
    @Arg('roomId', () => ID, { nullable: true }) roomId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.checkIn(id, roomId, ctx.caller, ctx.eventMeta);
  }

  @Authorized('front-desk')
  @Mutation(() => Reservation, { description: 'Requires a zero folio balance; the room becomes dirty' })
  checkOut(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.checkOut(id, ctx.caller, ctx.eventMeta);
  }
}
