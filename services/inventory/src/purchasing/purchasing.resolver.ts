import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { groupByIds, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { InventoryServices } from '../composition';
import type { SupplierService } from '../supplier/supplier.service';
import { CreateSupplierInput, SetSupplierPriceInput, Supplier, SupplierPrice } from '../supplier/supplier.type';
import type { PurchaseOrderEntity, PurchaseOrderLineEntity } from './purchasing.entity';
import type { PoStatus } from './purchasing.rules';
import type { PurchasingService } from './purchasing.service';
import { CreatePurchaseOrderInput, PoStatusEnum, PurchaseOrder, PurchaseOrderLine } from './purchasing.type';
import { STORE_KEEPERS } from '../roles/inventory-roles';

export const BUYERS = [...STORE_KEEPERS];
/** Approval is further limited by amount per role (purchasing.rules APPROVAL_LIMITS). */
const APPROVERS = [...STORE_KEEPERS, 'fnb-manager'];

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
  constructor({ purchasing }: InventoryServices) {
    this.service = purchasing;
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
      .loader<
        PurchaseOrderLineEntity[]
      >('PoLines', async (ids) => groupByIds(ids, await this.service.linesOf(ids), (l) => l.purchaseOrderId))
      .load(po.id) as Promise<PurchaseOrderLineEntity[]>;
  }

  @Authorized(...BUYERS)
  @Mutation(() => PurchaseOrder, { description: 'Drafts a purchase order at the supplier’s prices' })
  createPurchaseOrder(@Arg('input') input: CreatePurchaseOrderInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => PurchaseOrder, {
    description: 'Approves a draft within the caller’s limit (storekeeper 5,000.00, store manager 10,000.00, F&B manager 20,000.00)',
  })
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
}
