import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { EMPLOYEE, intArg, textArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { CreateLeaveTypeInput, LeaveBalance, LeaveRequest, LeaveType, RequestLeaveInput } from './leave.type';

@Resolver()
export class LeaveResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [LeaveType])
  leaveTypes(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.s.leave.types(propertyId, ctx.caller);
  }

  @Authorized('hr-manager')
  @Mutation(() => LeaveType)
  createLeaveType(@Arg('input') input: CreateLeaveTypeInput, @Ctx() ctx: RequestContext) {
    return this.s.leave.createType(input, ctx.caller);
  }

  @Authorized(EMPLOYEE, 'hr-manager')
  @Mutation(() => LeaveRequest, { description: 'Asks for leave within the balance; refused when it overlaps another request' })
  requestLeave(@Arg('input') input: RequestLeaveInput, @Ctx() ctx: RequestContext) {
    return this.s.leave.request(input, ctx.caller);
  }

  @Authorized(EMPLOYEE, 'hr-manager')
  @Mutation(() => LeaveRequest, {
    description: 'The supervisor, a leader of the department or HR decides; approved leave blocks rostering',
  })
  decideLeave(
    @Arg('id', () => ID) id: string,
    @Arg('approve') approve: boolean,
    @Arg('note', () => String, textArg('note', 500, { nullable: true })) note: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.leave.decide(id, approve, note, ctx.caller);
  }

  @Authorized(EMPLOYEE, 'hr-manager')
  @Mutation(() => LeaveRequest)
  cancelLeave(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.s.leave.cancel(id, ctx.caller);
  }

  @Authorized()
  @Query(() => [LeaveBalance], { description: 'Balances per leave type of a year' })
  leaveBalances(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('year', () => Int, intArg('year', 2000, 2100)) year: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.leave.balances(employeeId, year, ctx.caller);
  }

  @Authorized()
  @Query(() => [LeaveRequest])
  leaveRequests(@Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.s.leave.ofEmployee(employeeId, ctx.caller);
  }

  @Authorized()
  @Query(() => [LeaveRequest], { description: 'The department’s leave overlapping a month (leaders and HR; others see their own)' })
  leaveCalendar(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('month', textArg('month', 7, { description: 'YYYY-MM' })) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.leave.calendar(departmentId, month, ctx.caller);
  }
}
