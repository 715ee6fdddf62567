import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { TransferStatus } from './transfer.rules';
import type { TransferService } from './transfer.service';
import { SendTransferInput, StockTransfer, TransferStatusEnum } from './transfer.type';

export const MOVERS = ['storekeeper', 'housekeeping', 'fnb-manager'];

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

  @Authorized('storekeeper')
  @Mutation(() => StockTransfer, { description: 'Sends stock to another location: out now, in transit until received' })
  sendTransfer(@Arg('input') input: SendTransferInput, @Ctx() ctx: RequestContext) {
    return this.service.send(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...MOVERS)
  @Mutation(() => StockTransfer, { description: 'Receives a transfer at its destination; a requisition’s becomes DELIVERED or SHORT' })
  receiveTransfer(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.receive(id, ctx.caller, ctx.eventMeta);
  }
}
