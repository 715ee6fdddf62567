import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { DomainError, Money, type RequestContext, type ServiceDeps } from '@hotelops/kernel';
import { ReservationEntity } from '../reservation/reservation.entity';
import { Reservation } from '../reservation/reservation.type';
import { FolioEntity, FolioLineEntity } from './folio.entity';
import { balance } from './folio.rules';
import { FolioService } from './folio.service';
import { Folio, FolioLine, PostFolioLineInput } from './folio.type';

@Resolver(() => Reservation)
export class FolioResolver {
  private readonly folios: FolioService;
  constructor(private readonly deps: ServiceDeps) {
    this.folios = new FolioService(deps);
  }

  @Authorized('front-desk', 'reservations-agent', 'duty-manager')
  @FieldResolver(() => Folio, { nullable: true })
  async folio(@Root() r: ReservationEntity): Promise<Folio | null> {
    const em = this.deps.db.manager;
    const folio = await em.findOneBy(FolioEntity, { reservationId: r.id });
    if (!folio) return null;
    const lines = await em.find(FolioLineEntity, { where: { folioId: folio.id }, order: { postedAt: 'ASC', id: 'ASC' } });
    return {
      id: folio.id,
      status: folio.status,
      routedTo: folio.routedToKind,
      balance: Money.of(balance(lines), folio.currency),
      lines: lines.map((l) => ({ ...l, kind: l.kind as FolioLine['kind'], amount: Money.of(l.amountMinor, folio.currency) })),
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

  @Authorized('front-desk', 'reservations-agent')
  @Mutation(() => Reservation, {
    description: 'Routes the balance at check-out to a company or group account (both null: back to the guest)',
  })
  async routeFolio(
    @Arg('reservationId', () => ID) reservationId: string,
    @Arg('corporateAccountId', () => ID, { nullable: true }) corporateAccountId: string | undefined,
    @Arg('groupBlockId', () => ID, { nullable: true }) groupBlockId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    if (corporateAccountId && groupBlockId) {
      throw new DomainError('INPUT.INVALID', 'route to a corporate account or a group block, not both', { field: 'groupBlockId' });
    }
    const to = corporateAccountId
      ? { kind: 'COMPANY' as const, id: corporateAccountId }
      : groupBlockId
        ? { kind: 'GROUP' as const, id: groupBlockId }
        : null;
    await this.folios.route(reservationId, to, ctx.caller);
    return this.deps.db.manager.findOneByOrFail(ReservationEntity, { id: reservationId });
  }

  private async postLine(kind: 'CHARGE' | 'PAYMENT', input: PostFolioLineInput, ctx: RequestContext): Promise<FolioLine> {
    const folio = await this.deps.db.manager.findOneBy(FolioEntity, { reservationId: input.reservationId });
    const currency = folio?.currency ?? 'XXX';
    const line = await this.folios.postByCaller(
      input.reservationId,
      { kind, description: input.description, amountMinor: input.amountMinor, currency },
      ctx.caller,
    );
    return { ...line, kind: line.kind as FolioLine['kind'], amount: Money.of(line.amountMinor, currency) };
  }
}
