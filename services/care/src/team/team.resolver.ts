import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { textArg, uuidArg, type RequestContext } from '@hotelops/kernel';
import type { CareServices } from '../composition';
import type { CaseEntity } from '../case/case.entity';
import { Case } from '../case/case.type';
import { EmployeeRef } from '../federation/employee.reference';
import { CARE_LEADS, CARE_STAFF } from '../roles/care-roles';
import type { CareTeamEntity, CareTeamMemberEntity } from './team.entity';
import type { TeamService } from './team.service';
import { CareTeam } from './team.type';

@Resolver(() => CareTeam)
export class TeamResolver {
  private readonly service: TeamService;
  constructor({ teams }: CareServices) {
    this.service = teams;
  }

  @Authorized()
  @Query(() => [CareTeam], { description: 'Care teams of a property, by name' })
  careTeams(@Arg('propertyId', () => ID) propertyId: string, @Ctx() ctx: RequestContext) {
    return this.service.list(propertyId, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => CareTeam)
  createCareTeam(
    @Arg('propertyId', () => ID, uuidArg('propertyId')) propertyId: string,
    @Arg('name', textArg('name', 100)) name: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.create(propertyId, name, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => CareTeam, { description: 'Adds an employee (staffing) to the team; adding a member twice changes nothing' })
  addCareTeamMember(@Arg('teamId', () => ID) teamId: string, @Arg('employeeId', () => ID) employeeId: string, @Ctx() ctx: RequestContext) {
    return this.service.addMember(teamId, employeeId, ctx.caller);
  }

  @Authorized(...CARE_LEADS)
  @Mutation(() => CareTeam)
  removeCareTeamMember(
    @Arg('teamId', () => ID) teamId: string,
    @Arg('employeeId', () => ID) employeeId: string,
    @Ctx() ctx: RequestContext,
  ) {
    return this.service.removeMember(teamId, employeeId, ctx.caller);
  }

  @Authorized(...CARE_STAFF)
  @Mutation(() => Case, { description: "Puts an open case in a team's queue; members pick it up with assignCase" })
  routeCaseToTeam(@Arg('caseId', () => ID) caseId: string, @Arg('teamId', () => ID) teamId: string, @Ctx() ctx: RequestContext) {
    return this.service.routeCase(caseId, teamId, ctx.caller);
  }

  @FieldResolver(() => [EmployeeRef], { nullable: true, description: 'Members, longest-standing first' })
  async members(@Root() t: CareTeamEntity, @Ctx() ctx: RequestContext) {
    const rows = await ctx.loader<CareTeamMemberEntity[]>('CareTeamMembers', (ids) => this.service.membersOf(ids)).load(t.id);
    return (rows ?? []).map((m) => ({ id: m.employeeId }));
  }
}

@Resolver(() => Case)
export class CaseTeamResolver {
  private readonly service: TeamService;
  constructor({ teams }: CareServices) {
    this.service = teams;
  }

  @FieldResolver(() => CareTeam, { nullable: true, description: 'Team whose queue the case is in' })
  team(@Root() c: CaseEntity, @Ctx() ctx: RequestContext) {
    return c.teamId ? ctx.loader<CareTeamEntity>('CareTeamById', (ids) => this.service.byIds(ids)).load(c.teamId) : null;
  }
}
