import { Arg, Authorized, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { graphqlEnum, type RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import { TILL_STATUSES, type TillStatus } from './till.rules';
import type { TillService } from './till.service';

export const TillStatusEnum = graphqlEnum(TILL_STATUSES, { name: 'TillStatus' });

@ObjectType({ description: 'A cashier’s drawer (收银) for a business date' })
export class Till {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  outletId: string;

  @Field(() => ID, { nullable: true })
  cashierId: string | null;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => TillStatusEnum)
  status: TillStatus;

  @Field(() => Int, { description: '备用金' })
  floatMinor: number;

  @Field(() => Int)
  droppedMinor: number;

  @Field(() => Int, { nullable: true })
  countedMinor: number | null;

  @Field(() => Int, { nullable: true })
  expectedCashMinor: number | null;

  @Field(() => Int, { nullable: true, description: '长短款: counted − expected (negative = short)' })
  overShortMinor: number | null;

  @Field()
  openedAt: Date;

  @Field(() => Date, { nullable: true })
  closedAt: Date | null;
}

@ObjectType({ description: 'A cashier’s figures for a business date' })
export class CashierKpi {
  @Field(() => ID, { nullable: true })
  cashierId: string | null;

  @Field(() => Int)
  transactions: number;

  @Field(() => Int)
  refunds: number;

  @Field(() => Int, { description: 'voids the cashier asked for' })
  voids: number;

  @Field(() => Int)
  overShortMinor: number;
}

const CASHIERS = ['cashier', 'fnb-manager'];

@Resolver(() => Till)
export class TillResolver {
  private readonly tillService: TillService;
  constructor({ tills }: FnbServices) {
    this.tillService = tills;
  }

  @Authorized(...CASHIERS)
  @Query(() => [Till])
  tills(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.tillService.list(outletId, businessDate, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Query(() => [CashierKpi], { description: 'Per-cashier transactions, refunds, voids and over/short' })
  cashierKpis(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.tillService.kpis(outletId, businessDate, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Till, { description: 'Opens your till at an outlet with its float (备用金)' })
  openTill(@Arg('outletId', () => ID) outletId: string, @Arg('floatMinor', () => Int) floatMinor: number, @Ctx() ctx: RequestContext) {
    return this.tillService.open(outletId, floatMinor, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Till, { description: 'Takes cash from the drawer to the safe' })
  dropCash(@Arg('tillId', () => ID) tillId: string, @Arg('amountMinor', () => Int) amountMinor: number, @Ctx() ctx: RequestContext) {
    return this.tillService.drop(tillId, amountMinor, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => Till, { description: 'Closes with the counted cash; over/short (长短款) is computed and kept' })
  closeTill(@Arg('tillId', () => ID) tillId: string, @Arg('countedMinor', () => Int) countedMinor: number, @Ctx() ctx: RequestContext) {
    return this.tillService.close(tillId, countedMinor, ctx.caller);
  }
}
