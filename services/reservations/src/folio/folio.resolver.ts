import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext } from '@hotelops/kernel';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { Reservation } from '../reservation/reservation.type';
import { balance } from './folio.rules';
import type { FolioService } from './folio.service';
import { Folio, FolioLine, PostFolioLineInput } from './folio.type';

/** Adds the folio to the stay, and posts charges and payments to it. */
@Resolver(() => Reservation)
export class FolioResolver {
  private readonly folios: FolioService;
  constructor({ folios }: { folios: FolioService }) {
    this.folios = folios;
  }

  @Authorized('front-desk', 'reservations-agent', 'duty-manager')
  @FieldResolver(() => Folio, { nullable: true })
  async folio(@Root() r: ReservationEntity): Promise<Folio | null> {
    const found = await this.folios.ofReservation(r.id);
    if (!found) return null;
    const { folio, lines } = found;
    return {
      id: folio.id,
      status: folio.status,
      routedTo: folio.routedToKind,
      balance: Money.of(balance(lines), folio.currency),
      lines: lines.map((l) => ({ ...l, amount: Money.of(l.amountMinor, folio.currency) })),
    };
  }

  @Authorized('front-desk')
  @Mutation(() => FolioLine, { description: 'Posts a charge (extras, minibar …) to the stay' })
  postFolioCharge(@Arg('input') input: PostFolioLineInput, @Ctx() ctx: RequestContext) {
    return this.postLine('CHARGE', input, ctx);
  }

  @Authorized('front-desk')
  @Mutation(() => FolioLine, { description: 'Records a payment against the stay' })
  postFolioPayment(@Arg('input') input: PostFolioLineInput, @Ctx() ctx: RequestContext) {
    return this.postLine('PAYMENT', input, ctx);
  }

  private async postLine(kind: 'CHARGE' | 'PAYMENT', input: PostFolioLineInput, ctx: RequestContext): Promise<FolioLine> {
    const { reservationId, description, amountMinor } = input;
    const { line, currency } = await this.folios.postByCaller(reservationId, { kind, description, amountMinor }, ctx.caller);
    return { ...line, amount: Money.of(line.amountMinor, currency) };
  }
}
