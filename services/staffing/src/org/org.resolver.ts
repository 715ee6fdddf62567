import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { intArg, type RequestContext } from '@hotelops/kernel';
import type { StaffingServices } from '../composition';
import type { DepartmentEntity } from '../department/department.entity';
import { Department } from '../department/department.type';
import type { EmployeeEntity } from '../employee/employee.entity';
import { Employee } from '../employee/employee.type';
import { RosterShift } from '../roster/roster.type';
import { skillState } from '../skill/skill.rules';
import type { SkillEntity } from '../skill/skill.entity';
import { RecordSkillInput, Skill, SkillStateEnum } from '../skill/skill.type';
import { OnDutyShift } from './org.type';

@Resolver(() => Employee)
export class EmployeeOrgResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => Employee, {
    nullable: true,
    description: 'who this person reports to: named by HR, else the holder of the position’s reportsTo',
  })
  supervisor(@Root() e: EmployeeEntity) {
    return this.s.org.supervisorOf(e);
  }

  @FieldResolver(() => [Employee], { description: 'who reports to this person' })
  directReports(@Root() e: EmployeeEntity) {
    return this.s.org.directReportsOf(e);
  }

  @FieldResolver(() => [Skill], { description: 'skills and certifications, with expiry' })
  async skills(@Root() e: EmployeeEntity, @Ctx() ctx: RequestContext) {
    const load = ctx.loader<SkillEntity[]>('EmployeeSkills', async (ids) => {
      const rows = await this.s.skills.ofEmployees(ids);
      return ids.map((id) => rows.filter((r) => r.employeeId === id));
    });
    return load.load(e.id);
  }

  @Authorized('hr-manager')
  @Mutation(() => Employee, { description: 'Names who a person reports to (null: back to the position’s line)' })
  setSupervisor(
    @Arg('employeeId', () => ID) employeeId: string,
    @Arg('supervisorId', () => ID, { nullable: true }) supervisorId: string | undefined,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.org.setSupervisor(employeeId, supervisorId ?? null, ctx.caller);
  }
}

@Resolver(() => Skill)
export class SkillResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => SkillStateEnum, { description: 'EXPIRED, EXPIRING within 30 days, or VALID' })
  async state(@Root() k: SkillEntity, @Ctx() ctx: RequestContext) {
    // expiry is a date in the hotel's zone: after 16:00 UTC it is already tomorrow in Shanghai
    const today = ctx.loader<string>('PropertyToday', (ids) => Promise.all(ids.map((id) => this.s.policies.today(id))));
    return skillState(k.expiresOn, (await today.load(k.propertyId))!);
  }

  @Authorized('hr-manager', 'employee')
  @Mutation(() => Skill, { description: 'Records a skill or certificate (HR or a leader of the department)' })
  recordSkill(@Arg('input') input: RecordSkillInput, @Ctx() ctx: RequestContext) {
    return this.s.skills.record(input, ctx.caller);
  }

  @Authorized('hr-manager', 'employee')
  @Mutation(() => Boolean)
  removeSkill(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return this.s.skills.remove(id, ctx.caller);
  }

  @Authorized()
  @Query(() => [Skill], { description: 'Certificates of the property expiring within the days given (or already expired)' })
  async expiringCertifications(
    @Arg('propertyId', () => ID) propertyId: string,
    @Arg('withinDays', () => Int, intArg('withinDays', 0, 366)) withinDays: number,
    @Ctx() ctx: RequestContext,
  ) {
    return this.s.skills.expiring(propertyId, await this.s.policies.today(propertyId), withinDays, ctx.caller);
  }
}

@Resolver(() => Department)
export class DepartmentDutyResolver {
  constructor(private readonly s: StaffingServices) {}

  @FieldResolver(() => [OnDutyShift], {
    description: 'who is the duty manager now: duty shifts of the published roster running now, clocked-in first',
  })
  async onDutyNow(@Root() d: DepartmentEntity) {
    const rows = await this.s.org.onDutyNow(d.propertyId, d.id);
    return rows.map((r) => ({ shift: r.shift, clockedInAt: r.clockedInAt }));
  }

  @FieldResolver(() => [RosterShift], { description: 'the duty shifts (值班) of the published roster on a date' })
  dutyShifts(@Root() d: DepartmentEntity, @Arg('date', () => LocalDateResolver) date: string) {
    return this.s.org.dutyShifts(d.id, date);
  }
}
