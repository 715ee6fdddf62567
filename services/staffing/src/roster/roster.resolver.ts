import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { EMPLOYEE, textArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import { loadEmployee } from '../employee/employee.reference';
import { Employee } from '../employee/employee.type';
import { formatLocal } from '../calendar/local-time.rules';
import type { RosterShiftEntity } from './roster-shift.entity';
import type { RosterEntity } from './roster.entity';
import {
  AmendRosterInput,
  AssignShiftInput,
  CreateShiftTemplateInput,
  Roster,
  RosterShift,
  RosterViolation,
  ShiftTemplate,
} from './roster.type';

// Leading a department is a level of position, not a platform role: any employee may call these
// and the service lets through HR and the department's managers and supervisors only.
const LEADS = [EMPLOYEE, 'hr-manager'];

@Resolver(() => Roster)
export class RosterResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized()
  @Query(() => [ShiftTemplate], { description: 'Shift types of a department, by start time' })
  shiftTemplates(@Arg('departmentId', () => ID) departmentId: string, @Ctx() ctx: RequestContext) {
    return this.s.shiftTemplates.ofDepartment(departmentId, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => ShiftTemplate, { description: 'A shift type of a department: times, break, position and skills it needs' })
  createShiftTemplate(@Arg('input') input: CreateShiftTemplateInput, @Ctx() ctx: RequestContext) {
    return this.s.shiftTemplates.create(input, ctx.caller);
  }

  @Authorized()
  @Query(() => Roster, {
    nullable: true,
    description: 'A department’s roster of a month: drafts for its leaders and HR, the published one for everyone',
  })
  roster(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('month', textArg('month', 7, { description: 'YYYY-MM' })) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.rosters.ofMonth(departmentId, month, ctx.caller);
  }

  @Authorized(...LEADS)
  @Query(() => [RosterViolation], { description: 'Every rule the roster breaks (rest, weekly hours, skills, position, leave)' })
  rosterViolations(@Arg('rosterId', () => ID) rosterId: string, @Ctx() ctx: RequestContext) {
    return this.s.rosters.validate(rosterId, ctx.caller);
  }

  @Authorized(EMPLOYEE)
  @Query(() => [RosterShift], { description: 'My shifts of published rosters between two dates' })
  myShifts(@Arg('from', () => LocalDateResolver) from: string, @Arg('to', () => LocalDateResolver) to: string, @Ctx() ctx: RequestContext) {
    return this.s.rosters.myShifts(from, to, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => Roster, { description: 'Starts a draft roster for a department and month' })
  createRoster(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('month', textArg('month', 7, { description: 'YYYY-MM' })) month: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.rosters.create(departmentId, month, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => RosterShift, { description: 'Puts a person on a shift of a draft roster; refused with the rule it would break' })
  assignShift(@Arg('input') input: AssignShiftInput, @Ctx() ctx: RequestContext) {
    return this.s.rosters.assign(input, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => Boolean, { description: 'Takes a shift off a draft roster' })
  removeRosterShift(@Arg('shiftId', () => ID) shiftId: string, @Ctx() ctx: RequestContext) {
    return this.s.rosters.removeShift(shiftId, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => Roster, { description: 'Publishes a roster without violations; announces RosterPublished' })
  publishRoster(@Arg('rosterId', () => ID) rosterId: string, @Ctx() ctx: RequestContext) {
    return this.s.rosters.publish(rosterId, ctx.caller, ctx.eventMeta);
  }

  @Authorized(...LEADS)
  @Mutation(() => Roster, {
    description:
      'Takes shifts off and puts shifts on a published roster by the same rules, republished as the next version; announces RosterAmended',
  })
  amendRoster(@Arg('input') input: AmendRosterInput, @Ctx() ctx: RequestContext) {
    return this.s.rosterAmendments.amend(input, ctx.caller, ctx.eventMeta);
  }

  @FieldResolver(() => [RosterShift], { description: 'all shifts for its leaders and HR; my own for everyone else' })
  shifts(@Root() r: RosterEntity, @Ctx() ctx: RequestContext) {
    return this.s.rosters.shiftsOf(r, ctx.caller);
  }
}

@Resolver(() => RosterShift)
export class RosterShiftResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => String, { description: 'local start, YYYY-MM-DDTHH:MM' })
  startsAt(@Root() s: RosterShiftEntity) {
    return formatLocal(s.startMin);
  }

  @FieldResolver(() => String, { description: 'local end, YYYY-MM-DDTHH:MM' })
  endsAt(@Root() s: RosterShiftEntity) {
    return formatLocal(s.endMin);
  }

  @FieldResolver(() => Employee)
  employee(@Root() s: RosterShiftEntity, @Ctx() ctx: RequestContext) {
    return loadEmployee(ctx, this.s.employees).load(s.employeeId);
  }
}
