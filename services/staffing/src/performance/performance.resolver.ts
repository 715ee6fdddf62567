import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { EMPLOYEE, textArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { MonthlyPerformance, PerformanceReview, PerformanceReviewInput, Sanction, SanctionInput } from './performance.type';

const LEADS = [EMPLOYEE, 'hr-manager'];

@Resolver()
export class PerformanceResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => MonthlyPerformance, { description: 'A person’s month: KPIs, reviews, rewards and penalties' })
  performance(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('month', textArg('month', 7, { description: 'YYYY-MM' })) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.performance.month(employeeId, month, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => PerformanceReview, { description: 'The supervisor, a department leader or HR reviews a month' })
  recordPerformanceReview(@Arg('input') input: PerformanceReviewInput, @Ctx() ctx: RequestContext) {
    return this.s.performance.review(input, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => Sanction, { description: 'A reward or penalty (奖惩) with its reason' })
  recordSanction(@Arg('input') input: SanctionInput, @Ctx() ctx: RequestContext) {
    return this.s.performance.sanction(input, ctx.caller);
  }
}
