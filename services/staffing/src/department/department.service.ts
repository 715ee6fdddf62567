import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, paginate, type Caller, type PageArgs, type ServiceDeps, isUniqueViolation } from '@hotelops/kernel';
import { DepartmentEntity } from './department.entity';
import type { CreateDepartmentInput } from './department.type';

export class DepartmentService {
  constructor(private readonly deps: ServiceDeps) {}

  async create(input: CreateDepartmentInput, caller: Caller): Promise<DepartmentEntity> {
    caller.assertProperty(input.propertyId);
    const taken = () =>
      new DomainError('DEPARTMENT.CODE_TAKEN', `Department ${input.code} already exists in this property`, { departmentCode: input.code });
    try {
      return await this.deps.db.transaction(async (em) => {
        if (await em.existsBy(DepartmentEntity, { propertyId: input.propertyId, code: input.code })) throw taken();
        return em.save(
          em.create(DepartmentEntity, {
            id: randomUUID(),
            propertyId: input.propertyId,
            code: input.code,
            name: input.name.trim(),
            nameZh: input.nameZh?.trim() ?? null,
            description: input.description ?? null,
            createdAt: this.deps.clock.now(),
          }),
        );
      });
    } catch (err) {
      throw isUniqueViolation(err) ? taken() : err;
    }
  }

  /** Departments of a property ordered by code. */
  list(propertyId: string, caller: Caller, page: PageArgs) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(DepartmentEntity, 'd').where('d.propertyId = :propertyId', { propertyId });
    return paginate(qb, page, { sortProperty: 'code' });
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.manager.findBy(DepartmentEntity, { id: In([...ids]) });
  }
}
