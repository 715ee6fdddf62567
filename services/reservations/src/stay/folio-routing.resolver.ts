import { Arg, Authorized, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import { Reservation } from '../reservation/reservation.type';
import type { FolioRoutingService } from './folio-routing.service';

@Resolver(() => Reservation)
export class FolioRoutingResolver {
  private readonly service: FolioRoutingService;
  constructor({ folioRouting }: { folioRouting: FolioRoutingService }) {
    this.service = folioRouting;
  }

  @Authorized('front-desk', 'reservations-agent')
  @Mutation(() => Reservation, {
    description: 'Routes the balance at check-out to a company or group account (both null: back to the guest)',
  })
  routeFolio(
    @Arg('reservationId', () => ID) reservationId: string,
    @Arg('corporateAccountId', () => ID, { nullable: true }) corporateAccountId: string | undefined,
    @Arg('groupBlockId', () => ID, { nullable: true }) groupBlockId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.route(reservationId, { corporateAccountId, groupBlockId }, ctx.caller);
  }
}
