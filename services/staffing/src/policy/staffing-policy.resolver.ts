import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { uuidArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import type { StaffingPolicyService } from './staffing-policy.service';
import { StaffingPolicy, StaffingPolicyInput } from './staffing-policy.type';

@Resolver(() => StaffingPolicy)
export class StaffingPolicyResolver {
  private readonly service: StaffingPolicyService;
  constructor({ policies }: StaffingServices) {
    this.service = policies;
  }

  @Authorized()
  @Query(() => StaffingPolicy, { description: 'The property’s rest rules and grace periods (defaults until HR sets them)' })
  staffingPolicy(@Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.get(propertyId, ctx.caller);
  }

  @Authorized('hr-manager')
  @Mutation(() => StaffingPolicy, { description: 'Sets the fields given; roster validation and attendance use them from now on' })
  setStaffingPolicy(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('input') input: StaffingPolicyInput,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.set(propertyId, input, ctx.caller);
  }
}
