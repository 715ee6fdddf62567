import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { textArg, type RequestContext } from '@hotelops/kernel';
import { REASON_MAX } from '../reservation/reservation.rules';
import { Reservation } from '../reservation/reservation.type';
import type { FrontDeskService } from './front-desk.service';

@Resolver(() => Reservation)
export class FrontDeskResolver {
  private readonly service: FrontDeskService;
  constructor({ frontDesk }: { frontDesk: FrontDeskService }) {
    this.service = frontDesk;
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
    @Arg('reason', () => String, textArg('reason', REASON_MAX)) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.moveRoom(id, toRoomId, reason, ctx.caller, ctx.eventMeta);
  }

  @Authorized('front-desk')
  @Mutation(() => Reservation, {
    description:
      'Records that an in-house guest leaves today, before the booked departure: unused nights go back on sale and the stay is re-priced to the nights used (plus the plan’s early-departure fee), so the folio can be settled before check-out',
  })
  departEarly(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.departEarly(id, ctx.caller, ctx.eventMeta);
  }

  @Authorized('front-desk')
  @Mutation(() => Reservation, {
    description:
      'Before the booked departure, an early departure first (see departEarly); requires a zero folio balance; the room becomes dirty',
  })
  checkOut(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.checkOut(id, ctx.caller, ctx.eventMeta);
  }
}
