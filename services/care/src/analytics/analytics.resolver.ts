import { Arg, Authorized, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { Money, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import { CARE_LEADS } from '../roles/care-roles';
import type { CaseDimension, CompensationGrouping } from './analytics.rules';
import type { AnalyticsService } from './analytics.service';
import {
  CaseDimensionEnum,
  CaseVolume,
  CompensationCost,
  CompensationGroupingEnum,
  RepeatComplainer,
  SlaAttainment,
} from './analytics.type';

/** The care manager's reports (CARE_LEADS); general managers pass every role check. */

@Resolver()
export class AnalyticsResolver {
  private readonly service: AnalyticsService;
  constructor({ analytics }: CareServices) {
    this.service = analytics;
  }

  @Authorized(...CARE_LEADS)
  @Query(() => [CaseVolume], {
    description: 'Cases opened in [from, to) by category, department, channel, root cause, kind or severity; largest first',
  })
  caseVolume(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('by', () => CaseDimensionEnum) by: CaseDimension,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.caseVolume(propertyId, by, { from, to }, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Query(() => [SlaAttainment], { description: 'SLA targets met and missed by cases opened in [from, to), in total or by a dimension' })
  slaAttainment(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('by', () => CaseDimensionEnum, { nullable: true }) by: CaseDimension | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.slaAttainment(propertyId, by ?? null, { from, to }, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Query(() => [RepeatComplainer], { description: 'Guests with at least minComplaints complaints opened in [from, to)' })
  repeatComplainers(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('minComplaints', () => Int, { defaultValue: 2 }) minComplaints: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.repeatComplainers(propertyId, Math.max(1, minComplaints), { from, to }, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Query(() => [CompensationCost], { description: 'Approved compensation decided in [from, to), per month or category and currency' })
  async compensationCost(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('from') from: Date,
    @Arg('to') to: Date,
    @Arg('by', () => CompensationGroupingEnum, { defaultValue: CompensationGroupingEnum.MONTH }) by: CompensationGrouping,
    @Ctx() ctx: RequestContext,
  ) {
    const rows = await this.service.compensationCost(propertyId, by, { from, to }, ctx.caller);
    return rows.map((r) => ({ key: r.key, count: r.count, total: Money.of(r.totalMinor, r.currency) }));
  }
}
