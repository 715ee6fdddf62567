import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { EMPLOYEE, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import {
  Briefing,
  CreateDutyChecklistInput,
  DutyCheck,
  DutyChecklist,
  GroomingCheck,
  RecordBriefingInput,
  RecordDutyCheckInput,
  RecordGroomingCheckInput,
} from './duty.type';

const LEADS = [EMPLOYEE, 'hr-manager'];

@Resolver()
export class DutyResolver {
  constructor(private readonly s: StaffingServices) {}

  @Authorized(...LEADS)
  @Mutation(() => DutyChecklist, { description: 'A time-slot checklist for a position (a leader of its department or HR)' })
  createDutyChecklist(@Arg('input') input: CreateDutyChecklistInput, @Ctx() ctx: RequestContext) {
    return this.s.duties.createChecklist(input, ctx.caller);
  }

  @Authorized()
  @Query(() => [DutyChecklist], { description: 'A position’s checklists by time slot' })
  dutyChecklists(@Arg('positionId', () => ID) positionId: string, @Ctx() ctx: RequestContext) {
    return this.s.duties.checklistsOf(positionId, ctx.caller);
  }

  @Authorized(EMPLOYEE)
  @Mutation(() => DutyCheck, { description: 'Ticks what I did of a checklist of my position on a day' })
  recordDutyCheck(@Arg('input') input: RecordDutyCheckInput, @Ctx() ctx: RequestContext) {
    return this.s.duties.recordCheck(input, ctx.caller);
  }

  @Authorized()
  @Query(() => [DutyCheck], { description: 'A department’s checklist completions of a day (its leaders and HR)' })
  dutyChecks(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('date', () => LocalDateResolver) date: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.duties.checksOn(departmentId, date, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => Briefing, { description: 'Records a briefing (晨会/例会) led by the caller' })
  recordBriefing(@Arg('input') input: RecordBriefingInput, @Ctx() ctx: RequestContext) {
    return this.s.duties.recordBriefing(input, ctx.caller);
  }

  @Authorized()
  @Query(() => [Briefing])
  briefings(
    @Arg('departmentId', () => ID) departmentId: string,
    @Arg('from', () => LocalDateResolver) from: string,
    @Arg('to', () => LocalDateResolver) to: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.duties.briefings(departmentId, from, to, ctx.caller);
  }

  @Authorized(...LEADS)
  @Mutation(() => GroomingCheck, { description: 'Checks a person’s grooming (仪容仪表); any finding fails it' })
  recordGroomingCheck(@Arg('input') input: RecordGroomingCheckInput, @Ctx() ctx: RequestContext) {
    return this.s.duties.recordGrooming(input, ctx.caller);
  }

  @Authorized()
  @Query(() => [GroomingCheck])
  groomingChecks(@Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.s.duties.groomingOf(employeeId, ctx.caller);
  }
}
