import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { EMPLOYEE, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import type { RequisitionStatus } from './requisition.rules';
import { RequestRequisitionInput, Requisition, RequisitionStatusEnum } from './requisition.type';

const HR = 'hr-manager';

@Resolver(() => Requisition)
export class RequisitionResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [Requisition])
  requisitions(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('status', () => RequisitionStatusEnum, { nullable: true }) status: RequisitionStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.requisitions.list(propertyId, status, ctx.caller);
  }

  @Authorized(EMPLOYEE, HR)
  @Mutation(() => Requisition, { description: 'A department leader asks to recruit for a position of the department' })
  requestRequisition(@Arg('input') input: RequestRequisitionInput, @Ctx() ctx: RequestContext) {
    return this.s.requisitions.request(input, ctx.caller);
  }

  @Authorized(HR)
  @Mutation(() => Requisition)
  decideRequisition(@Arg('id', () => ID) id: string, @Arg('approve') approve: boolean, @Ctx() ctx: RequestContext) {
    return this.s.requisitions.decide(id, approve, ctx.caller);
  }

  @Authorized(EMPLOYEE, HR)
  @Mutation(() => Requisition)
  cancelRequisition(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.s.requisitions.cancel(id, ctx.caller);
  }

  @Authorized(HR)
  @Mutation(() => Requisition, { description: 'Counts a hire against the requisition; the last seat fills it' })
  fillRequisition(@Arg('id', () => ID) id: string, @Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.s.requisitions.fill(id, employeeId, ctx.caller);
  }
}
