import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { STAFF, type RequestContext } from '@hotelops/kernel';
import type { RatePlanService } from './rate-plan.service';
import { CreateRatePlanInput, DayRate, RatePlan, SetRatesInput } from './rate-plan.type';

const REVENUE = ['general-manager', 'reservations-agent'];

@Resolver(() => RatePlan)
export class RatePlanResolver {
  private readonly service: RatePlanService;
  constructor({ ratePlans }: { ratePlans: RatePlanService }) {
    this.service = ratePlans;
  }

  @Authorized(STAFF, 'scope:ari:read')
  @Query(() => [RatePlan])
  ratePlans(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized(STAFF, 'scope:ari:read')
  @Query(() => [DayRate], { description: 'Prices and restrictions of a plan for a room type over [from, to)' })
  rates(
    @Arg('ratePlanId', () => ID) ratePlanId: string,
    @Arg('roomTypeId', () => ID) roomTypeId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.rates(ratePlanId, roomTypeId, from, to, ctx.caller);
  }

  @Authorized(...REVENUE)
  @Mutation(() => RatePlan)
  createRatePlan(@Arg('input') input: CreateRatePlanInput, @Ctx() ctx: RequestContext) {
    return this.service.create(input, ctx.caller);
  }

  @Authorized(...REVENUE)
  @Mutation(() => Int, { description: 'Writes price and restrictions for each night of [from, to); returns the nights written' })
  setRates(@Arg('input') input: SetRatesInput, @Ctx() ctx: RequestContext) {
    return this.service.setRates(input, ctx.caller);
  }
}
