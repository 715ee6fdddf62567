import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Money, groupByIds, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { FolioService } from '../folio/folio.service';
import { AccountPosting } from '../folio/folio.type';
import type { GroupBlockEntity } from './group-block.entity';
import type { GroupBlockService } from './group-block.service';
import { BlockAllotment, CreateGroupBlockInput, GroupBlock } from './group-block.type';

const SALES = ['reservations-agent', 'general-manager'];

@Resolver(() => GroupBlock)
export class GroupBlockResolver {
  private readonly service: GroupBlockService;
  private readonly folios: FolioService;
  constructor({ groupBlocks, folios }: { groupBlocks: GroupBlockService; folios: FolioService }) {
    this.service = groupBlocks;
    this.folios = folios;
  }

  @Authorized()
  @Query(() => [GroupBlock])
  groupBlocks(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized()
  @Query(() => GroupBlock)
  groupBlock(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @Authorized(...SALES)
  @Mutation(() => GroupBlock, { description: 'A tentative block: holds nothing until it is made definite' })
  createGroupBlock(@Arg('input') input: CreateGroupBlockInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized(...SALES)
  @Mutation(() => GroupBlock, { description: 'Takes the allotment out of general availability, or refuses with NO_AVAILABILITY' })
  makeGroupBlockDefinite(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.makeDefinite(id, ctx.caller);
  }

  @Authorized(...SALES)
  @Mutation(() => GroupBlock, { description: 'Rooms not picked up return to general availability' })
  cancelGroupBlock(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.cancel(id, ctx.caller);
  }

  @Authorized(...SALES, 'duty-manager')
  @Mutation(() => [GroupBlock], { description: 'Releases blocks whose release date has come now (it also runs on a schedule)' })
  runBlockReleaseSweep(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.releaseDue(propertyId, ctx.caller);
  }

  @FieldResolver(() => [BlockAllotment], { description: 'Allotment and pickup per room type and night' })
  allotments(@Root() b: GroupBlockEntity, @Ctx() ctx: RequestContext) {
    return ctx.loader('BlockAllotments', async (ids) => groupByIds(ids, await this.service.allotmentsOf(ids), (a) => a.blockId)).load(b.id);
  }

  @Authorized('front-desk', 'reservations-agent', 'duty-manager')
  @FieldResolver(() => [AccountPosting], { description: 'Stay balances routed here at check-out' })
  async postings(@Root() a: GroupBlockEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx
      .loader('GROUPPostings', async (ids) => groupByIds(ids, await this.folios.postingsOf('GROUP', ids), (p) => p.accountId))
      .load(a.id);
    return (rows ?? []).map((p) => ({ ...p, amount: Money.of(p.amountMinor, p.currency) }));
  }
}
