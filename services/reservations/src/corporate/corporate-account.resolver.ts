import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, groupByIds, type RequestContext } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import { AccountPosting } from '../folio/folio.type';
import type { CorporateAccountEntity } from './corporate-account.entity';
import type { CorporateAccountService } from './corporate-account.service';
import { CorporateAccount, CreateCorporateAccountInput } from './corporate-account.type';

@Resolver(() => CorporateAccount)
export class CorporateAccountResolver {
  private readonly service: CorporateAccountService;
  private readonly folios: FolioService;
  constructor({ corporateAccounts, folios }: { corporateAccounts: CorporateAccountService; folios: FolioService }) {
    this.service = corporateAccounts;
    this.folios = folios;
  }

  @Authorized()
  @Query(() => [CorporateAccount])
  corporateAccounts(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized('reservations-agent', 'general-manager')
  @Mutation(() => CorporateAccount)
  createCorporateAccount(@Arg('input') input: CreateCorporateAccountInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized('front-desk', 'reservations-agent', 'duty-manager')
  @FieldResolver(() => [AccountPosting], { description: 'Stay balances routed here at check-out' })
  async postings(@Root() a: CorporateAccountEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader('COMPANYPostings', async (ids) => groupByIds(ids, await this.folios.postingsOf('COMPANY', ids), (p) => p.accountId))
      .load(a.id);
    return (rows ?? []).map((p) => ({ ...p, amount: Money.of(p.amountMinor, p.currency) }));
  }
}
