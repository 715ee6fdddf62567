import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Connection, Money, PageArgs, groupByIds, inIdOrder, type RequestContext, type ServiceDeps, STAFF } from '@hotelops/kernel';
import { GuestService } from '../guest/guest.service';
import { Guest } from '../guest/guest.type';
import { RoomService } from '../room/room.service';
import { Room, RoomType } from '../room/room.type';
import { Property } from '../property/property.type';
import type { ReservationEntity } from './reservation.entity';
import type { ReservationStatus } from './reservation.rules';
import { NoShowService } from './no-show.service';
import { ReservationService } from './reservation.service';
import { CreateReservationInput, ModifyReservationInput, Reservation, ReservationChange, ReservationStatusEnum } from './reservation.type';

@ObjectType()
export class ReservationConnection extends Connection(Reservation) {}

const BOOKERS = ['front-desk', 'reservations-agent', 'scope:reservations:write'];

@Resolver(() => Reservation)
export class ReservationResolver {
  private readonly service: ReservationService;
  private readonly roomService: RoomService;
  private readonly noShows: NoShowService;
  private readonly guests: GuestService;
  constructor(deps: ServiceDeps) {
    this.guests = new GuestService(deps);
    this.service = new ReservationService(deps);
    this.noShows = new NoShowService(deps);
    this.roomService = new RoomService(deps);
  }

  @Authorized(STAFF, 'scope:reservations:read')
  @Query(() => Reservation)
  reservation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized(STAFF, 'scope:reservations:read')
  @Query(() => ReservationConnection)
  reservations(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('status', () => ReservationStatusEnum, { nullable: true }) status: ReservationStatus | undefined,
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

  @FieldResolver(() => Guest, { nullable: true, description: 'The guest profile, when the stay is linked to one' })
  guest(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    if (!r.guestId) return null;
    return ctx.loader('Guest', async (ids) => inIdOrder(ids, await this.guests.byIds(ids))).load(r.guestId);
  }

  @FieldResolver(() => Money, { description: 'Room revenue of the whole stay' })
  total(@Root() r: ReservationEntity) {
    return Money.of(r.totalMinor, r.currency);
  }

  @FieldResolver(() => Money, { description: 'Deposit the rate plan asks for (zero when none)' })
  depositDue(@Root() r: ReservationEntity) {
    return Money.of(r.depositDueMinor, r.currency);
  }

  @FieldResolver(() => [ReservationChange], { description: 'Every change, oldest first' })
  async history(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader('ReservationHistory', async (ids) => groupByIds(ids, await this.service.historyOf(ids), (h) => h.reservationId))
      .load(r.id);
    return (rows ?? []).map((h) => ({ ...h, details: JSON.stringify(h.details) }));
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

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation, { description: 'Changes dates, room type, plan or guest details; availability is re-checked atomically' })
  modifyReservation(@Arg('id', () => ID) id: string, @Arg('input') input: ModifyReservationInput, @Ctx() ctx: RequestContext) {
    return this.service.modify(id, input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation, {
    description: 'Records a deposit (once per reference); a tentative stay is confirmed when the deposit is covered',
  })
  recordDeposit(
    @Arg('id', () => ID) id: string,
    @Arg('amountMinor', () => Int) amountMinor: number,
    @Arg('reference', () => String) reference: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.recordDeposit(id, amountMinor, reference, ctx.caller);
  }

  @FieldResolver(() => Money, { description: 'Deposits received so far' })
  async depositPaid(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    return Money.of((await ctx.loader('DepositPaid', (ids) => this.service.depositsPaid(ids)).load(r.id)) ?? 0, r.currency);
  }

  @Authorized('front-desk', 'duty-manager')
  @Mutation(() => [Reservation], { description: 'Marks stays past the property’s no-show cut-off now (it also runs on a schedule)' })
  runNoShowSweep(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.noShows.sweep(propertyId, ctx.caller);
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
  @Mutation(() => Reservation, {
    description: 'Moves an in-house guest to another vacant clean/inspected room; the old room becomes dirty',
  })
  moveRoom(
    @Arg('id', () => ID) id: string,
    @Arg('toRoomId', () => ID) toRoomId: string,
    @Arg('reason', () => String) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.moveRoom(id, toRoomId, reason, ctx.caller, ctx.eventMeta);
  }

  @Authorized('front-desk')
  @Mutation(() => Reservation, { description: 'Requires a zero folio balance; the room becomes dirty' })
  checkOut(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.checkOut(id, ctx.caller, ctx.eventMeta);
  }
}
