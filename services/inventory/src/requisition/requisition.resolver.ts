import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { MOVERS } from '../transfer/transfer.resolver';
import type { RequisitionStatus } from '../transfer/transfer.rules';
import {
  FulfilRequisitionInput,
  RejectRequisitionInput,
  RequisitionStatusEnum,
  StockTransfer,
  StoreRequisition,
} from '../transfer/transfer.type';
import type { RequisitionService } from './requisition.service';
import { STORE_KEEPERS } from '../roles/inventory-roles';

/** Outlets' requisitions (提货单) as the store works them. */
@Resolver(() => StoreRequisition)
export class RequisitionResolver {
  private readonly service: RequisitionService;
  constructor({ requisitions }: InventoryServices) {
    this.service = requisitions;
  }

  @Authorized(...MOVERS)
  @Query(() => [StoreRequisition], { description: 'Requisitions from outlets, newest first (at most 100)' })
  storeRequisitions(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('status', () => RequisitionStatusEnum, { nullable: true }) status: RequisitionStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, status);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => StockTransfer, { description: 'Picks a requisition into a transfer to the outlet' })
  fulfilRequisition(@Arg('input') input: FulfilRequisitionInput, @Ctx() ctx: RequestContext) {
    return this.service.fulfil(input.requisitionId, input.fromLocationId, input.lines, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => StoreRequisition, { description: 'Refuses a requisition with the reason the outlet will see' })
  rejectRequisition(@Arg('input') input: RejectRequisitionInput, @Ctx() ctx: RequestContext) {
    return this.service.reject(input.requisitionId, input.reason, ctx.caller, ctx.eventMeta);
  }
}
