import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import { inTransit, type TransferLine, type TransferStatus } from './transfer.rules';
import type { TransferService } from './transfer.service';
import { ReceiveTransferInput, SendTransferInput, StockTransfer, StockTransferLine, TransferStatusEnum } from './transfer.type';
import { STORE_APPROVERS, STORE_KEEPERS } from '../roles/inventory-roles';

export const MOVERS = [...STORE_KEEPERS, 'housekeeping', 'fnb-manager'];
/** Transit loss is shrinkage: the store manager (or the general manager) approves it. */
const LOSS_APPROVERS = STORE_APPROVERS;

@Resolver(() => StockTransfer)
export class TransferResolver {
  private readonly service: TransferService;
  constructor({ transfers }: InventoryServices) {
    this.service = transfers;
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

  @Authorized(...STORE_KEEPERS)
  @Mutation(() => StockTransfer, { description: 'Sends stock to another location: out now, in transit until received' })
  sendTransfer(@Arg('input') input: SendTransferInput, @Ctx() ctx: RequestContext) {
    return this.service.send(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...MOVERS)
  @Mutation(() => StockTransfer, {
    description:
      'Receives a transfer at its destination: everything in transit, or the lines given (a short line says why; the rest stays in transit). A requisition’s becomes DELIVERED or SHORT once nothing is in transit',
  })
  receiveTransfer(
    @Arg('id', () => ID, uuidArg('id')) id: string,
    @Arg('input', () => ReceiveTransferInput, { nullable: true }) input: ReceiveTransferInput | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.receive(id, input?.lines, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...LOSS_APPROVERS)
  @Mutation(() => StockTransfer, { description: 'Writes off what never arrived of a partly received transfer as transit loss' })
  writeOffTransitLoss(
    @Arg('id', () => ID, uuidArg('id')) id: string,
    @Arg('reason', textArg('reason', 200)) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.writeOffTransitLoss(id, reason, ctx.caller, ctx.eventMeta);
  }
}

@Resolver(() => StockTransferLine)
export class TransferLineResolver {
  @FieldResolver(() => Float, { description: 'Still on its way: neither received nor written off' })
  inTransit(@Root() l: TransferLine): number {
    return inTransit(l);
  }

  @FieldResolver(() => Float, { description: 'Written off as transit loss' })
  lost(@Root() l: TransferLine): number {
    return l.lost ?? 0;
  }
}
