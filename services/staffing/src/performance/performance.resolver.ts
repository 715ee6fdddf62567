import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { EMPLOYEE, textArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { loadEmployee } from '../employee/employee.reference';
import { Employee } from '../employee/employee.type';
import { loadPosition } from '../position/position.reference';
import { Position } from '../position/position.type';
import {
  DepartmentKpis,
  MonthlyPerformance,
  PerformanceReview,
  PerformanceReviewInput,
  PersonKpis,
  PositionKpis,
  Sanction,
  SanctionInput,
} from './performance.type';

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
  @Query(() => DepartmentKpis, { description: 'A department’s month by position: each position’s KPI set, overall and per person' })
  departmentKpis(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('month', textArg('month', 7, { description: 'YYYY-MM' })) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.performance.departmentMonth(departmentId, month, ctx.caller);
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

@Resolver(() => MonthlyPerformance)
export class MonthlyPerformanceResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => Position, { description: 'the position whose KPI set applies' })
  position(@Root() m: { positionId: string }, @Ctx() ctx: RequestContext) {
    return loadPosition(ctx, this.s.positions).load(m.positionId);
  }
}

@Resolver(() => PositionKpis)
export class PositionKpisResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => Position)
  position(@Root() p: { positionId: string }, @Ctx() ctx: RequestContext) {
    return loadPosition(ctx, this.s.positions).load(p.positionId);
  }
}

@Resolver(() => PersonKpis)
export class PersonKpisResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => Employee)
  employee(@Root() p: { employeeId: string }, @Ctx() ctx: RequestContext) {
    return loadEmployee(ctx, this.s.employees).load(p.employeeId);
  }
}
