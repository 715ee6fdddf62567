import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Resolver, Root } from 'type-graphql';
import { Money, amountArg, textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { REASON_MAX } from '../reservation/reservation.rules';
import { CreateReservationInput, ModifyReservationInput, Reservation } from '../reservation/reservation.type';
import { DEPOSIT_REFERENCE_MAX, type BookingService } from './booking.service';
import type { CancellationService } from './cancellation.service';
import type { NoShowService } from './no-show.service';
import type { StayChangeService } from './stay-change.service';

/**
 * Hotel staff book and change stays here. A partner key (scope reservations:write) books through
 * its channel — upsertChannelReservation or OTA — where the channel binding and the message
 * ordering rules apply; by id here it could touch another channel's stays.
 */
const BOOKERS = ['front-desk', 'reservations-agent'];

export interface BookingResolverServices {
  booking: BookingService;
  stayChanges: StayChangeService;
  cancellations: CancellationService;
  noShows: NoShowService;
  folios: FolioService;
}

/** Booking, changing and cancelling stays before arrival. */
@Resolver(() => Reservation)
export class BookingResolver {
  constructor(private readonly s: BookingResolverServices) {}

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation)
  createReservation(@Arg('input') input: CreateReservationInput, @Ctx() ctx: RequestContext) {
    return this.s.booking.book(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation)
  confirmReservation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.s.booking.confirm(id, ctx.caller);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation)
  cancelReservation(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, textArg('reason', REASON_MAX, { nullable: true })) reason: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.cancellations.cancel(id, reason, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation, { description: 'Changes dates, room type, plan or guest details; availability is re-checked atomically' })
  modifyReservation(@Arg('id', () => ID) id: string, @Arg('input') input: ModifyReservationInput, @Ctx() ctx: RequestContext) {
    return this.s.stayChanges.modify(id, input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BOOKERS)
  @Mutation(() => Reservation, {
    description: 'Records a deposit (once per reference); a tentative stay is confirmed when the deposit is covered',
  })
  recordDeposit(
    @Arg('id', () => ID) id: string,
    @Arg('amountMinor', () => Int, amountArg('amountMinor')) amountMinor: number,
    @Arg(
      'reference',
      () => String,
      textArg('reference', DEPOSIT_REFERENCE_MAX, { description: 'the payment reference (at most 64 characters)' }),
    )
    reference: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.booking.recordDeposit(id, amountMinor, reference, ctx.caller);
  }

  @FieldResolver(() => Money, { description: 'Deposits received so far' })
  async depositPaid(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext) {
    return Money.of((await ctx.loader('DepositPaid', (ids) => this.s.folios.depositsPaid(ids)).load(r.id)) ?? 0, r.currency);
  }

  @Authorized('front-desk', 'duty-manager')
  @Mutation(() => [Reservation], { description: 'Marks stays past the property’s no-show cut-off now (it also runs on a schedule)' })
  runNoShowSweep(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.s.noShows.sweep(propertyId, ctx.caller);
  }
}
