import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import type { RequisitionEntity, RequisitionLineEntity } from './requisition.entity';
import type { RequisitionService } from './requisition.service';
import { RequestSuppliesInput, SupplyRequisition, SupplyRequisitionLine } from './requisition.type';

@Resolver(() => SupplyRequisition)
export class RequisitionResolver {
  private readonly service: RequisitionService;
  constructor({ requisitions }: FnbServices) {
    this.service = requisitions;
  }

  @Authorized()
  @Query(() => [SupplyRequisition], { description: "An outlet's requisitions, latest first" })
  supplyRequisitions(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(outletId, ctx.caller);
  }

  @FieldResolver(() => [SupplyRequisitionLine])
  async lines(@Root() r: RequisitionEntity, @Ctx() ctx: RequestContext) {
    return (await ctx.loader<RequisitionLineEntity[]>('Requisition.lines', (ids) => this.service.linesOf(ids)).load(r.id)) ?? [];
  }

  @Authorized('fnb-manager')
  @Mutation(() => SupplyRequisition, { description: '提货单/采购申请: asks the store for supplies; inventory answers with its progress' })
  requestSupplies(@Arg('input') input: RequestSuppliesInput, @Ctx() ctx: RequestContext) {
    return this.service.request(input, ctx.caller, ctx.eventMeta);
  }
}
