import { randomUUID } from 'node:crypto';
import { type EntityManager } from 'typeorm';
import {
  DomainError,
  EntityCache,
  notFound,
  paginate,
  type Caller,
  type PageArgs,
  type ServiceDeps,
  isUniqueViolation,
} from '@hotelops/kernel';
import { DepartmentEntity } from '../department/department.entity';
import { PositionEntity } from './position.entity';
import { reportingProblem } from './position.rules';
import type { CreatePositionInput } from './position.type';

export class PositionService {
  /**
   * Positions by id, kept in memory: a position is never changed once created (no mutation or
   * event alters one), so no event has to drop it. Every employee read through the gateway asks
   * for its position.
   */
  readonly cache = new EntityCache<PositionEntity>('Position', (p) => p.id);

  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreatePositionInput, caller: Caller): Promise<PositionEntity> {
    const taken = () =>
      new DomainError('POSITION.CODE_TAKEN', `Position ${input.code} already exists in this property`, { positionCode: input.code });
    try {
      return await this.deps.db.transaction(async (em) => {
        const department = await em.findOneBy(DepartmentEntity, { id: input.departmentId });
        if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', input.departmentId);
        caller.assertProperty(department.propertyId);
        if (await em.existsBy(PositionEntity, { propertyId: department.propertyId, code: input.code })) throw taken();
        if (input.reportsToId) {
          const manager = await em.findOneBy(PositionEntity, { id: input.reportsToId });
          if (!manager || manager.propertyId !== department.propertyId) {
            throw new DomainError('INPUT.INVALID', `reportsToId: position ${input.reportsToId} is not a position of this property`, {
              field: 'reportsToId',
            });
          }
          const problem = reportingProblem(input.level, manager);
          if (problem) throw new DomainError('INPUT.INVALID', `reportsToId: ${problem}`, { field: 'reportsToId' });
        }
        return em.save(
          em.create(PositionEntity, {
            id: randomUUID(),
            propertyId: department.propertyId,
            departmentId: department.id,
            code: input.code,
            title: input.title.trim(),
            titleZh: input.titleZh?.trim() ?? null,
            level: input.level,
            reportsToId: input.reportsToId ?? null,
            responsibilities: input.responsibilities,
            requirements: input.requirements,
            defaultRoles: [...new Set(input.defaultRoles)],
            createdAt: this.deps.clock.now(),
          }),
        );
      });
    } catch (err) {
      throw isUniqueViolation(err) ? taken() : err;
    }
  }

  /** Positions of a property (optionally one department) ordered by code. */
  list(propertyId: string, caller: Caller, page: PageArgs, departmentId?: string) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(PositionEntity, 'p').where('p.propertyId = :propertyId', { propertyId });
    if (departmentId) qb.andWhere('p.departmentId = :departmentId', { departmentId });
    return paginate(qb, page, { sortProperty: 'code' });
  }

  byIds(ids: readonly string[]) {
    return this.cache.byIds(ids, (missing) => this.deps.db.rows(PositionEntity).byIds(missing));
  }

  /** A position of `propertyId`, or NOT_FOUND (a position of another property is not one of this property's). */
  async inProperty(em: EntityManager, positionId: string, propertyId: string): Promise<PositionEntity> {
    const position = await em.findOneBy(PositionEntity, { id: positionId });
    if (!position || position.propertyId !== propertyId) {
      throw new DomainError('POSITION.NOT_FOUND', `Position ${positionId} was not found in property ${propertyId}`, {
        field: 'positionId',
        id: positionId,
      });
    }
    return position;
  }
}
