import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { DomainError, groupByIds, inIdOrder, isUniqueViolation, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { CaseEntity } from '../case/case.entity';
import { textProblem } from '../case/case.rules';
import type { CaseQueueService } from '../case-work/case-queue.service';
import { CareTeamEntity, CareTeamMemberEntity } from './team.entity';

export class TeamService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly queue: CaseQueueService,
  ) {}

  async create(propertyId: string, name: string, caller: Caller): Promise<CareTeamEntity> {
    caller.assertProperty(propertyId);
    const problem = textProblem('name', name, 100);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'name' });
    const team = Object.assign(new CareTeamEntity(), { id: randomUUID(), propertyId, name: name.trim(), createdAt: this.deps.clock.now() });
    try {
      await this.deps.db.transaction((em) => em.insert(CareTeamEntity, team));
    } catch (err) {
      if (isUniqueViolation(err))
        throw new DomainError('CARE_TEAM.NAME_TAKEN', `A care team named '${team.name}' already exists`, { name: team.name });
      throw err;
    }
    return team;
  }

  /** Adding someone already in the team is a no-op, so a retried call is harmless. */
  async addMember(teamId: string, employeeId: string, caller: Caller): Promise<CareTeamEntity> {
    return this.deps.db.transaction(async (em) => {
      const team = await this.teamIn(em, teamId, caller);
      await em
        .createQueryBuilder()
        .insert()
        .into(CareTeamMemberEntity)
        .values({ teamId, employeeId, addedAt: this.deps.clock.now() })
        .orIgnore()
        .execute();
      return team;
    });
  }

  async removeMember(teamId: string, employeeId: string, caller: Caller): Promise<CareTeamEntity> {
    return this.deps.db.transaction(async (em) => {
      const team = await this.teamIn(em, teamId, caller);
      await em.delete(CareTeamMemberEntity, { teamId, employeeId });
      return team;
    });
  }

  /** A leaver drops out of every team in the same transaction that returns their cases. */
  async removeFromAllTeams(em: EntityManager, employeeId: string): Promise<void> {
    await em.delete(CareTeamMemberEntity, { employeeId });
  }

  async routeCase(caseId: string, teamId: string, caller: Caller): Promise<CaseEntity> {
    const team = await this.teamIn(this.deps.db.manager, teamId, caller);
    return this.queue.routeToTeam(caseId, team, caller);
  }

  /** Teams of a property by name; a property has a handful, so no paging. */
  list(propertyId: string, caller: Caller): Promise<CareTeamEntity[]> {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(CareTeamEntity, { where: { propertyId }, order: { name: 'ASC' } });
  }

  /** Teams by id in one query; in input order. */
  async byIds(ids: readonly string[]): Promise<(CareTeamEntity | null)[]> {
    return inIdOrder(ids, await this.deps.db.manager.findBy(CareTeamEntity, { id: In([...ids]) }));
  }

  /** Member ids of many teams in one query; in input order. */
  async membersOf(teamIds: readonly string[]): Promise<CareTeamMemberEntity[][]> {
    const rows = await this.deps.db.manager.find(CareTeamMemberEntity, {
      where: { teamId: In([...teamIds]) },
      order: { addedAt: 'ASC', employeeId: 'ASC' },
    });
    return groupByIds(teamIds, rows, (m) => m.teamId);
  }

  private async teamIn(em: EntityManager, teamId: string, caller: Caller): Promise<CareTeamEntity> {
    const team = await em.findOneBy(CareTeamEntity, { id: teamId });
    if (!team) throw notFound('CARE_TEAM.NOT_FOUND', 'Care team', teamId);
    caller.assertProperty(team.propertyId);
    return team;
  }
}
