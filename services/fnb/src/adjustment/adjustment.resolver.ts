import { Arg, Authorized, Ctx, Field, FieldResolver, Float, ID, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { graphqlEnum, type RequestContext, textArg } from '@hotelops/kernel';
import { TenderMethodEnum } from '../bill/bill.type';
import type { TenderMethod } from '../till/till.rules';
import type { FnbServices } from '../composition';
import { EmployeeRef, refOf } from '../federation/stubs.type';
import type { OutletService } from '../outlet/outlet.service';
import type { AdjustmentEntity } from './adjustment.entity';
import { ADJUSTMENT_KINDS, ADJUSTMENT_STATUSES, type AdjustmentKind, type AdjustmentStatus } from './adjustment.rules';
import type { AdjustmentService } from './adjustment.service';

export const AdjustmentKindEnum = graphqlEnum(ADJUSTMENT_KINDS, { name: 'FnbAdjustmentKind' });
export const AdjustmentStatusEnum = graphqlEnum(ADJUSTMENT_STATUSES, {
  name: 'FnbAdjustmentStatus',
  description: 'PENDING until a role with the authority approves',
});

@ObjectType({ description: 'A void, comp, discount or refund, with who asked, who approved and why' })
export class Adjustment {
  @Field(() => ID)
  id: string;

  @Field(() => AdjustmentKindEnum)
  kind: AdjustmentKind;

  @Field(() => AdjustmentStatusEnum)
  status: AdjustmentStatus;

  @Field(() => ID, { nullable: true })
  orderId: string | null;

  @Field(() => ID, { nullable: true })
  orderLineId: string | null;

  @Field(() => ID, { nullable: true })
  billId: string | null;

  @Field(() => Int)
  amountMinor: number;

  @Field(() => Float, { nullable: true })
  percent: number | null;

  @Field()
  reason: string;

  @Field(() => String, { nullable: true, description: 'The role the approval was given under' })
  decidedByRole: string | null;

  @Field()
  requestedAt: Date;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;
}

const SERVERS = ['fnb-server', 'fnb-manager', 'cashier'];
const APPROVERS = ['fnb-manager', 'cashier'];

@Resolver(() => Adjustment)
export class AdjustmentResolver {
  private readonly service: AdjustmentService;
  private readonly outlets: OutletService;
  constructor({ adjustments, outlets }: FnbServices) {
    this.service = adjustments;
    this.outlets = outlets;
  }

  @Authorized('fnb-manager', 'cashier')
  @Query(() => [Adjustment], { description: "An outlet's voids, comps, discounts and refunds of a business date" })
  async adjustments(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Arg('status', () => AdjustmentStatusEnum, { nullable: true }) status: AdjustmentStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    await this.outlets.get(outletId, ctx.caller);
    return this.service.list(outletId, businessDate, ctx.caller, status);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true })
  requestedBy(@Root() a: AdjustmentEntity) {
    return refOf(a.requestedBy);
  }

  @FieldResolver(() => EmployeeRef, { nullable: true, description: 'Who approved or rejected it' })
  decidedBy(@Root() a: AdjustmentEntity) {
    return refOf(a.decidedBy);
  }

  @Authorized(...SERVERS)
  @Mutation(() => Adjustment, { description: 'Voids a whole open order (needs a void approver); the reason is kept' })
  voidOrder(@Arg('id', () => ID) id: string, @Arg('reason', textArg('reason', 500)) reason: string, @Ctx() ctx: RequestContext) {
    return this.service.requestVoid(id, null, reason, ctx.caller);
  }

  @Authorized(...SERVERS)
  @Mutation(() => Adjustment, { description: 'Voids one line (needs a void approver)' })
  voidOrderLine(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('lineId', () => ID) lineId: string,
    @Arg('reason', textArg('reason', 500)) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.requestVoid(orderId, lineId, reason, ctx.caller);
  }

  @Authorized(...SERVERS)
  @Mutation(() => Adjustment, { description: 'Comps one line: served free (needs a comp approver)' })
  compOrderLine(
    @Arg('orderId', () => ID) orderId: string,
    @Arg('lineId', () => ID) lineId: string,
    @Arg('reason', textArg('reason', 500)) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.requestComp(orderId, lineId, reason, ctx.caller);
  }

  @Authorized(...SERVERS)
  @Mutation(() => Adjustment, {
    description: "A discount on an open bill, by percent or amount; applied at once within the caller's limit",
  })
  discountBill(
    @Arg('billId', () => ID) billId: string,
    @Arg('reason', textArg('reason', 500)) reason: string,
    @Arg('percent', () => Float, { nullable: true }) percent: number | undefined,
    @Arg('amountMinor', () => Int, { nullable: true }) amountMinor: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.requestDiscount(billId, { percent, amountMinor }, reason, ctx.caller);
  }

  @Authorized('cashier', 'fnb-manager')
  @Mutation(() => Adjustment, { description: 'Refunds part of a settled bill from your till (the only correction of a settled bill)' })
  refundBill(
    @Arg('billId', () => ID) billId: string,
    @Arg('amountMinor', () => Int) amountMinor: number,
    @Arg('method', () => TenderMethodEnum) method: TenderMethod,
    @Arg('reason', textArg('reason', 500)) reason: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.requestRefund(billId, amountMinor, method, reason, ctx.caller);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => Adjustment, { description: 'Approves a pending adjustment within your role’s authority and applies it' })
  approveAdjustment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.approve(id, ctx.caller);
  }

  @Authorized(...APPROVERS)
  @Mutation(() => Adjustment)
  rejectAdjustment(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.service.reject(id, ctx.caller);
  }
}
