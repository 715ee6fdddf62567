import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { GroupBlockRef } from '../federation/stubs.type';
import type { BanquetEntity } from './banquet.entity';
import type { BanquetService } from './banquet.service';
import { Banquet, CreateBanquetInput } from './banquet.type';

@Resolver(() => Banquet)
export class BanquetResolver {
  private readonly service: BanquetService;
  constructor({ banquets }: FnbServices) {
    this.service = banquets;
  }

  @Authorized()
  @Query(() => [Banquet], { description: "An outlet's banquets by date" })
  banquets(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(outletId, ctx.caller);
  }

  @FieldResolver(() => GroupBlockRef, { nullable: true, description: 'The group block whose account is charged' })
  groupBlock(@Root() b: BanquetEntity): GroupBlockRef {
    return { id: b.groupBlockId };
  }

  @Authorized('fnb-manager')
  @Mutation(() => Banquet)
  createBanquet(@Arg('input') input: CreateBanquetInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized('fnb-manager')
  @Mutation(() => Banquet)
  confirmBanquet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.change(id, 'confirm', ctx.caller);
  }

  @Authorized('fnb-manager')
  @Mutation(() => Banquet)
  cancelBanquet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.change(id, 'cancel', ctx.caller);
  }

  @Authorized('fnb-manager', 'cashier')
  @Mutation(() => Banquet, { description: "Charges covers × set price − deposit to the group block's account" })
  settleBanquet(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.settle(id, ctx.caller, ctx.eventMeta);
  }
}
