import { randomUUID } from 'node:crypto';
import { DomainError, isUniqueViolation, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { DepartmentEntity } from '../department/department.entity';
import { PositionEntity } from '../position/position.entity';
import { shiftTemplateProblem } from './shift-template.rules';
import { ShiftTemplateEntity } from './shift-template.entity';
import type { CreateShiftTemplateInput } from './roster.type';

export class ShiftTemplateService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
  ) {}

  async create(input: CreateShiftTemplateInput, caller: Caller): Promise<ShiftTemplateEntity> {
    const problem = shiftTemplateProblem(input.startsAt, input.endsAt, input.breakMinutes);
    if (problem) throw new DomainError('SHIFT_TEMPLATE.INVALID', problem, { field: 'breakMinutes' });
    const taken = () =>
      new DomainError('SHIFT_TEMPLATE.CODE_TAKEN', `Shift ${input.code} already exists in this department`, { code: input.code });
    try {
      return await this.deps.db.transaction(async (em) => {
        const department = await em.findOneBy(DepartmentEntity, { id: input.departmentId });
        if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', input.departmentId);
        await this.access.assertLeads(em, caller, department.id, department.propertyId);
        if (input.positionId) {
          const position = await em.findOneBy(PositionEntity, { id: input.positionId });
          if (!position || position.departmentId !== department.id) {
            throw new DomainError('SHIFT_TEMPLATE.INVALID', 'the position must belong to the department', { field: 'positionId' });
          }
        }
        if (await em.existsBy(ShiftTemplateEntity, { departmentId: department.id, code: input.code })) throw taken();
        return em.save(
          em.create(ShiftTemplateEntity, {
            id: randomUUID(),
            propertyId: department.propertyId,
            departmentId: department.id,
            code: input.code,
            name: input.name.trim(),
            startsAt: input.startsAt,
            endsAt: input.endsAt,
            breakMinutes: input.breakMinutes,
            positionId: input.positionId ?? null,
            requiredSkills: [...new Set(input.requiredSkills ?? [])],
            duty: input.duty ?? false,
            createdAt: this.deps.clock.now(),
          }),
        );
      });
    } catch (err) {
      throw isUniqueViolation(err) ? taken() : err;
    }
  }

  async ofDepartment(departmentId: string, caller: Caller): Promise<ShiftTemplateEntity[]> {
    const department = await this.deps.db.manager.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
    caller.assertProperty(department.propertyId);
    return this.deps.db.manager.find(ShiftTemplateEntity, { where: { departmentId }, order: { startsAt: 'ASC', code: 'ASC' } });
  }
}
