import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Money, PageArgs, groupByIds, type RequestContext, STAFF } from '@hotelops/kernel';
import { loadGuest } from '../guest/guest.reference';
import type { GuestService } from '../guest/guest.service';
import { Guest } from '../guest/guest.type';
import { Property } from '../property/property.type';
import { loadRoomType } from '../room/room-type.reference';
import { loadRoom } from '../room/room.reference';
import type { RoomService } from '../room/room.service';
import { Room, RoomType } from '../room/room.type';
import type { ReservationEntity } from './reservation.entity';
import type { ReservationStatus } from './reservation.rules';
import type { ReservationService } from './reservation.service';
import { Reservation, ReservationChange, ReservationConnection, ReservationStatusEnum } from './reservation.type';

/** Reading stays; the use cases that change them are resolved in the stay module. */
@Resolver(() => Reservation)
export class ReservationResolver {
  private readonly service: ReservationService;
  private readonly rooms: RoomService;
  private readonly guests: GuestService;
  constructor({ reservations, rooms, guests }: { reservations: ReservationService; rooms: RoomService; guests: GuestService }) {
    this.service = reservations;
    this.rooms = rooms;
    this.guests = guests;
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
    return loadRoomType(ctx, this.rooms).load(r.roomTypeId);
  }

  @FieldResolver(() => Room, { nullable: true, description: 'Assigned at check-in' })
  room(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    return r.roomId ? loadRoom(ctx, this.rooms).load(r.roomId) : null;
  }

  @FieldResolver(() => Money, { description: 'Nightly rate of the stay' })
  nightlyRate(@Root() r: ReservationEntity) {
    return Money.of(r.nightlyRateMinor, r.currency);
  }

  @FieldResolver(() => Guest, { nullable: true, description: 'The guest profile, when the stay is linked to one' })
  guest(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    return r.guestId ? loadGuest(ctx, this.guests).load(r.guestId) : null;
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
}
