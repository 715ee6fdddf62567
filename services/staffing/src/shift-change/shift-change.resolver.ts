import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { EMPLOYEE, textArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import type { ShiftChangeStatus } from './shift-change.rules';
import { RequestShiftChangeInput, ShiftChange, ShiftChangeStatusEnum } from './shift-change.type';

const LEADS = [EMPLOYEE, 'hr-manager'];

@Resolver(() => ShiftChange)
export class ShiftChangeResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [ShiftChange], { description: 'A department’s swaps and covers (its leaders and HR), or those involving me' })
  shiftChanges(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('status', () => ShiftChangeStatusEnum, { nullable: true }) status: ShiftChangeStatus | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.shiftChanges.list(departmentId, status, ctx.caller);
  }

  @Authorized(EMPLOYEE)
  @Mutation(() => ShiftChange, {
    description: 'Asks to give my shift to a colleague (counterpartId) or swap it (counterpartShiftId); refused when they may not work it',
  })
  requestShiftChange(@Arg('input') input: RequestShiftChangeInput, @Ctx() ctx: RequestContext) {
    return this.s.shiftChanges.request(input, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => ShiftChange, { description: 'A leader of the department approves (the shifts change hands) or rejects' })
  decideShiftChange(
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, textArg('note', 500, { nullable: true })) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.shiftChanges.decide(id, approve, note, ctx.caller);
  }

  @Authorized(EMPLOYEE)
  @Mutation(() => ShiftChange)
  cancelShiftChange(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.s.shiftChanges.cancel(id, ctx.caller);
  }
}
