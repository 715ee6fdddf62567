import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { intArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { HORIZON_DAYS } from './demand.service';
import { LabourDemandDay, LabourStandard, LabourStandardInput } from './demand.type';

@Resolver()
export class DemandResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [LabourDemandDay], {
    description: 'Labour demand per department and day from the reservation forecast, flagged where the published roster falls short',
  })
  async labourDemand(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('from', () => LocalDateResolver, { nullable: true, description: 'default: the property’s today' }) from: string | undefined,
    @Arg('days', () => Int, intArg('days', 1, HORIZON_DAYS, { nullable: true })) days: number | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    const rows = await this.s.demand.view(propertyId, from, days ?? HORIZON_DAYS, ctx.caller);
    return rows.map((r) => ({ ...r, understaffed: r.shortMinutes > 0 }));
  }

  @Authorized()
  @Query(() => [LabourStandard])
  labourStandards(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    ctx.caller.assertProperty(propertyId);
    return this.s.demand.standards(propertyId);
  }

  @Authorized('hr-manager')
  @Mutation(() => LabourStandard, { description: 'Sets a department’s minutes per arrival, departure and stay-over; demand is recomputed' })
  setLabourStandard(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('input') input: LabourStandardInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.demand.setStandard(propertyId, { ...input }, ctx.caller);
  }
}
