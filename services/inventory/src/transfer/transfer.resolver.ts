import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { RequisitionService } from '../requisition/requisition.service';
import type { RequisitionStatus, TransferStatus } from './transfer.rules';
import type { TransferService } from './transfer.service';
import {
  FulfilRequisitionInput,
  RejectRequisitionInput,
  RequisitionStatusEnum,
  SendTransferInput,
  StockTransfer,
  StoreRequisition,
  TransferStatusEnum,
} from './transfer.type';

const MOVERS = ['storekeeper', 'housekeeping', 'fnb-manager'];

@Resolver(() => StockTransfer)
export class TransferResolver {
  private readonly service: TransferService;
  private readonly requisitions: RequisitionService;
  constructor({ transfers, requisitions }: InventoryServices) {
    this.service = transfers;
    this.requisitions = requisitions;
  }

  @Authorized(...MOVERS)
  @Query(() => [StockTransfer], { description: 'Transfers of a property, newest first (at most 100)' })
  stockTransfers(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('status', () => TransferStatusEnum, { nullable: true }) status: TransferStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, status);
  }

  @Authorized('storekeeper')
  @Mutation(() => StockTransfer, { description: 'Sends stock to another location: out now, in transit until received' })
  sendTransfer(@Arg('input') input: SendTransferInput, @Ctx() ctx: RequestContext) {
    return this.service.send(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...MOVERS)
  @Mutation(() => StockTransfer, { description: 'Receives a transfer at its destination; a requisition’s becomes DELIVERED or SHORT' })
  receiveTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.receive(id, ctx.caller, ctx.eventMeta, (em, t) => this.requisitions.delivered(em, t, ctx.caller, ctx.eventMeta));
  }

  @Authorized(...MOVERS)
  @Query(() => [StoreRequisition], { description: 'Requisitions from outlets, newest first (at most 100)' })
  storeRequisitions(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('status', () => RequisitionStatusEnum, { nullable: true }) status: RequisitionStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.requisitions.list(propertyId, ctx.caller, status);
  }

  @Authorized('storekeeper')
  @Mutation(() => StockTransfer, { description: 'Picks a requisition into a transfer to the outlet' })
  fulfilRequisition(@Arg('input') input: FulfilRequisitionInput, @Ctx() ctx: RequestContext) {
    return this.requisitions.fulfil(input.requisitionId, input.fromLocationId, input.lines, ctx.caller, ctx.eventMeta);
  }

  @Authorized('storekeeper')
  @Mutation(() => StoreRequisition, { description: 'Refuses a requisition with the reason the outlet will see' })
  rejectRequisition(@Arg('input') input: RejectRequisitionInput, @Ctx() ctx: RequestContext) {
    return this.requisitions.reject(input.requisitionId, input.reason, ctx.caller, ctx.eventMeta);
  }
}
