import { Arg, Authorized, Ctx, Field, ID, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import type { RequestContext } from '@hotelops/kernel';
import type { FnbServices } from '../composition';
import type { BusinessDayService } from './business-day.service';

@ObjectType({ description: '日结: a closed business date of an outlet' })
export class BusinessDay {
  @Field(() => ID)
  id: string;

  @Field(() => LocalDateResolver)
  businessDate: string;

  @Field(() => ID, { nullable: true })
  closedBy: string | null;

  @Field()
  closedAt: Date;
}

const CASHIERS = ['cashier', 'fnb-manager'];

@Resolver(() => BusinessDay)
export class BusinessDayResolver {
  private readonly days: BusinessDayService;
  constructor({ days }: FnbServices) {
    this.days = days;
  }

  @Authorized(...CASHIERS)
  @Query(() => [BusinessDay], { description: 'Closed business dates, latest first' })
  businessDays(@Arg('outletId', () => ID) outletId: string, @Ctx() ctx: RequestContext) {
    return this.days.list(outletId, ctx.caller);
  }

  @Authorized(...CASHIERS)
  @Mutation(() => BusinessDay, { description: '日结: freezes a business date once every check is settled and every till closed' })
  closeBusinessDay(
    @Arg('outletId', () => ID) outletId: string,
    @Arg('businessDate', () => LocalDateResolver) businessDate: string,
    @Arg('approvedBy', () => ID, { nullable: true, description: 'the F&B manager closing with the cashier' })
    approvedBy: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.days.close(outletId, businessDate, approvedBy ?? null, ctx.caller, ctx.eventMeta);
  }
}
