import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { groupByIds, textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { PurchaseOrderEntity, ReceiptEntity } from '../purchasing/purchasing.entity';
import { BUYERS } from '../purchasing/purchasing.resolver';
import {
  PurchaseOrder,
  Receipt,
  ReceiptLine,
  ReceivePurchaseOrderInput,
  ReceivingKpis,
  ReturnToVendorInput,
} from '../purchasing/purchasing.type';
import { StockLedgerEntry } from '../stock/stock.type';
import type { ReceivingService } from './receiving.service';

const flatReceipt = (r: ReceiptEntity) => ({ ...r, ...r.quality });

/** Receiving (收货) against purchase orders, returns to vendor (返厂) and receiving KPIs. */
@Resolver(() => Receipt)
export class ReceivingResolver {
  private readonly service: ReceivingService;
  constructor({ receiving }: InventoryServices) {
    this.service = receiving;
  }

  @FieldResolver(() => [ReceiptLine])
  lines(@Root() r: Receipt, @Ctx() ctx: RequestContext) {
    return ctx.loader('ReceiptLines', async (ids) => groupByIds(ids, await this.service.linesOf(ids), (l) => l.receiptId)).load(r.id);
  }

  @Authorized(...BUYERS)
  @Mutation(() => Receipt, { description: 'Receives a delivery against an order (收货): quality, weight deductions, rejections, putaway' })
  async receivePurchaseOrder(@Arg('input') input: ReceivePurchaseOrderInput, @Ctx() ctx: RequestContext) {
    const q = input.quality;
    const quality = { temperatureC: q.temperatureC ?? null, packagingOk: q.packagingOk, expiryOk: q.expiryOk, note: q.note ?? null };
    return flatReceipt(await this.service.receive({ ...input, quality }, ctx.caller, ctx.eventMeta));
  }

  @Authorized(...BUYERS)
  @Mutation(() => StockLedgerEntry, { description: 'Sends goods back to the supplier (返厂)' })
  returnToVendor(@Arg('input') input: ReturnToVendorInput, @Ctx() ctx: RequestContext) {
    return this.service.returnToVendor(input, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...BUYERS, 'fnb-manager')
  @Query(() => ReceivingKpis, { description: 'On-time and rejection rates of receipts in [from, to)' })
  receivingKpis(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', textArg('from', 30)) from: string,
    @Arg('to', textArg('to', 30)) to: string,
    @Arg('supplierId', () => ID, { nullable: true }) supplierId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.kpis(propertyId, from, to, ctx.caller, supplierId);
  }
}

/** A purchase order's receipts. */
@Resolver(() => PurchaseOrder)
export class PurchaseOrderReceiptsResolver {
  private readonly service: ReceivingService;
  constructor({ receiving }: InventoryServices) {
    this.service = receiving;
  }

  @FieldResolver(() => [Receipt])
  async receipts(@Root() po: PurchaseOrderEntity) {
    return (await this.service.receiptsOf(po.id)).map(flatReceipt);
  }
}
