import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Money, type RequestContext } from '@hotelops/kernel';
import type { ReservationEntity } from '../reservation/reservation.entity';
import { Reservation } from '../reservation/reservation.type';
import { refundDueOf } from './folio.rules';
import type { FolioService, FolioSummary } from './folio.service';
import { Folio, FolioLine, PostFolioLineInput, RefundGuestInput } from './folio.type';

/** A folio as this API shows it; its currency prices the lines. */
type FolioView = Folio & { currency: string };

/** Adds the folio to the stay, and posts charges and payments to it. */
@Resolver(() => Reservation)
export class FolioResolver {
  private readonly folios: FolioService;
  constructor({ folios }: { folios: FolioService }) {
    this.folios = folios;
  }

  @Authorized('front-desk', 'reservations-agent', 'duty-manager')
  @FieldResolver(() => Folio, { nullable: true })
  async folio(@Root() r: ReservationEntity, @Ctx() ctx: RequestContext): Promise<FolioView | null> {
    // Every stay of the request in one statement: folios with their balances summed by the database.
    const f = await ctx.loader<FolioSummary>('Reservation.folio', (ids) => this.folios.summaries(ids)).load(r.id);
    if (!f) return null;
    return {
      id: f.id,
      status: f.status,
      routedTo: f.routedToKind,
      balance: Money.of(f.balanceMinor, f.currency),
      refundDue: Money.of(refundDueOf(f.balanceMinor), f.currency),
      currency: f.currency,
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

  @Authorized('front-desk', 'duty-manager')
  @Mutation(() => FolioLine, {
    description: 'Pays back what the hotel owes the guest (refundDue, after a post-stay allowance); once per reference',
  })
  async refundGuest(@Arg('input') input: RefundGuestInput, @Ctx() ctx: RequestContext): Promise<FolioLine> {
    const { line, currency } = await this.folios.refundByCaller(input.reservationId, input.amountMinor, input.reference, ctx.caller);
    return { ...line, amount: Money.of(line.amountMinor, currency) };
  }

  private async postLine(kind: 'CHARGE' | 'PAYMENT', input: PostFolioLineInput, ctx: RequestContext): Promise<FolioLine> {
    const { reservationId, description, amountMinor } = input;
    const { line, currency } = await this.folios.postByCaller(reservationId, { kind, description, amountMinor }, ctx.caller);
    return { ...line, amount: Money.of(line.amountMinor, currency) };
  }
}

/** A folio's lines, loaded only when asked for: one query for every folio of the request. */
@Resolver(() => Folio)
export class FolioLinesResolver {
  private readonly folios: FolioService;
  constructor({ folios }: { folios: FolioService }) {
    this.folios = folios;
  }

  @FieldResolver(() => [FolioLine])
  async lines(@Root() f: FolioView, @Ctx() ctx: RequestContext): Promise<FolioLine[]> {
    const lines = await ctx.loader('Folio.lines', (ids) => this.folios.linesOf(ids)).load(f.id);
    return (lines ?? []).map((l) => ({ ...l, amount: Money.of(l.amountMinor, f.currency) }));
  }
}
