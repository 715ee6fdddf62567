import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { groupByIds, textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { ReceivingService } from '../receiving/receiving.service';
import type { SupplierService } from '../supplier/supplier.service';
import { CreateSupplierInput, SetSupplierPriceInput, Supplier, SupplierPrice } from '../supplier/supplier.type';
import { StockLedgerEntry } from '../stock/stock.type';
import type { PurchaseOrderEntity, PurchaseOrderLineEntity, ReceiptEntity } from './purchasing.entity';
import type { PoStatus } from './purchasing.rules';
import type { PurchasingService } from './purchasing.service';
import {
  CreatePurchaseOrderInput,
  PoStatusEnum,
  PurchaseOrder,
  PurchaseOrderLine,
  Receipt,
  ReceiptLine,
  ReceivePurchaseOrderInput,
  ReceivingKpis,
  ReturnToVendorInput,
} from './purchasing.type';

const BUYERS = ['storekeeper'];
/** Approval is further limited by amount per role (purchasing.rules APPROVAL_LIMITS). */
const APPROVERS = ['storekeeper', 'fnb-manager'];

@Resolver(() => Supplier)
export class SupplierResolver {
  private readonly service: SupplierService;
  constructor({ suppliers }: InventoryServices) {
    this.service = suppliers;
  }

  @Authorized(...BUYERS, 'fnb-manager')
  @Query(() => [Supplier])
  suppliers(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @FieldResolver(() => [SupplierPrice])
  prices(@Root() s: Supplier, @Ctx() ctx: RequestContext) {
    return ctx.loader('SupplierPrices', async (ids) => groupByIds(ids, await this.service.pricesOf(ids), (p) => p.supplierId)).load(s.id);
  }

  @Authorized(...BUYERS)
  @Mutation(() => Supplier)
  createSupplier(@Arg('input') input: CreateSupplierInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized(...BUYERS)
  @Mutation(() => SupplierPrice, { description: 'Sets a supplier’s price and minimum order for an item per purchase unit' })
  setSupplierPrice(@Arg('input') input: SetSupplierPriceInput, @Ctx() ctx: RequestContext) {
    return this.service.setPrice(input, ctx.caller);
  }
}

@Resolver(() => PurchaseOrder)
export class PurchaseOrderResolver {
  private readonly service: PurchasingService;
  private readonly receiving: ReceivingService;
  constructor({ purchasing, receiving }: InventoryServices) {
    this.service = purchasing;
    this.receiving = receiving;
  }

  @Authorized(...BUYERS, 'fnb-manager')
  @Query(() => [PurchaseOrder], { description: 'Purchase orders of a property, newest first (at most 100)' })
  purchaseOrders(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('status', () => PoStatusEnum, { nullable: true }) status: PoStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.list(propertyId, ctx.caller, status);
  }

  @Authorized(...BUYERS, 'fnb-manager')
  @Query(() => PurchaseOrder)
  purchaseOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.get(id, ctx.caller);
  }

  @FieldResolver(() => [PurchaseOrderLine])
  lines(@Root() po: PurchaseOrderEntity, @Ctx() ctx: RequestContext): Promise<PurchaseOrderLineEntity[]> {
    return ctx
      .loader<PurchaseOrderLineEntity[]>('PoLines', async (ids) => groupByIds(ids, await this.service.linesOf(ids), (l) => l.purchaseOrderId))
      .load(po.id) as Promise<PurchaseOrderLineEntity[]>;
  }

  @FieldResolver(() => [Receipt])
  async receipts(@Root() po: PurchaseOrderEntity) {
    return (await this.receiving.receiptsOf(po.id)).map(flatReceipt);
  }

  @Authorized(...BUYERS)
  @Mutation(() => PurchaseOrder, { description: 'Drafts a purchase order at the supplier’s prices' })
  createPurchaseOrder(@Arg('input') input: CreatePurchaseOrderInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => PurchaseOrder, { description: 'Approves a draft within the caller’s limit (storekeeper 5,000.00, F&B manager 20,000.00)' })
  approvePurchaseOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.approve(id, ctx.caller);
  }

  @Authorized(...BUYERS)
  @Mutation(() => PurchaseOrder)
  sendPurchaseOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.transition(id, 'send', ctx.caller);
  }

  @Authorized(...BUYERS)
  @Mutation(() => PurchaseOrder, { description: 'Closes a (partly) received order: nothing more is expected' })
  closePurchaseOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.transition(id, 'close', ctx.caller);
  }

  @Authorized(...BUYERS)
  @Mutation(() => PurchaseOrder)
  cancelPurchaseOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.transition(id, 'cancel', ctx.caller);
  }

  @Authorized(...BUYERS)
  @Mutation(() => Receipt, { description: 'Receives a delivery against an order (收货): quality, weight deductions, rejections, putaway' })
  async receivePurchaseOrder(@Arg('input') input: ReceivePurchaseOrderInput, @Ctx() ctx: RequestContext) {
    const quality = { temperatureC: input.quality.temperatureC ?? null, packagingOk: input.quality.packagingOk, expiryOk: input.quality.expiryOk, note: input.quality.note ?? null };
    return flatReceipt(await this.receiving.receive({ ...input, quality }, ctx.caller, ctx.eventMeta));
  }

  @Authorized(...BUYERS)
  @Mutation(() => StockLedgerEntry, { description: 'Sends goods back to the supplier (返厂)' })
  returnToVendor(@Arg('input') input: ReturnToVendorInput, @Ctx() ctx: RequestContext) {
    return this.receiving.returnToVendor(input, ctx.caller, ctx.eventMeta);
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
    return this.receiving.kpis(propertyId, from, to, ctx.caller, supplierId);
  }
}

@Resolver(() => Receipt)
export class ReceiptResolver {
  private readonly receiving: ReceivingService;
  constructor({ receiving }: InventoryServices) {
    this.receiving = receiving;
  }

  @FieldResolver(() => [ReceiptLine])
  lines(@Root() r: Receipt, @Ctx() ctx: RequestContext) {
    return ctx.loader('ReceiptLines', async (ids) => groupByIds(ids, await this.receiving.linesOf(ids), (l) => l.receiptId)).load(r.id);
  }
}

const flatReceipt = (r: ReceiptEntity) => ({ ...r, ...r.quality });
