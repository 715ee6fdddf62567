import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { addDays } from '../calendar/local-time.rules';
import { SkillEntity } from './skill.entity';
import type { RecordSkillInput } from './skill.type';

export class SkillService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
  ) {}

  /** Records a skill or certificate; HR or a leader of the employee's department. */
  record(input: RecordSkillInput, caller: Caller): Promise<SkillEntity> {
    if (input.obtainedOn && input.expiresOn && input.expiresOn < input.obtainedOn) {
      throw new DomainError('INPUT.INVALID', `expiresOn (${input.expiresOn}) is before obtainedOn (${input.obtainedOn})`, {
        field: 'expiresOn',
      });
    }
    return this.deps.db.transaction(async (em) => {
      const { employee, departmentId } = await this.access.employee(em, caller, input.employeeId);
      await this.access.assertLeads(em, caller, departmentId, employee.propertyId);
      return em.save(
        em.create(SkillEntity, {
          id: randomUUID(),
          propertyId: employee.propertyId,
          employeeId: employee.id,
          code: input.code,
          name: input.name.trim(),
          certificateNumber: input.certificateNumber ?? null,
          obtainedOn: input.obtainedOn ?? null,
          expiresOn: input.expiresOn ?? null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  remove(id: string, caller: Caller): Promise<boolean> {
    return this.deps.db.transaction(async (em) => {
      const skill = await em.findOneBy(SkillEntity, { id });
      if (!skill) throw notFound('SKILL.NOT_FOUND', 'Skill', id);
      const { departmentId } = await this.access.employee(em, caller, skill.employeeId);
      await this.access.assertLeads(em, caller, departmentId, skill.propertyId);
      await em.delete(SkillEntity, { id });
      return true;
    });
  }

  ofEmployees(employeeIds: readonly string[]) {
    return this.deps.db.manager.find(SkillEntity, { where: { employeeId: In([...employeeIds]) }, order: { code: 'ASC' } });
  }

  /** Certificates of the property that expire by `today + withinDays` (already expired included). */
  expiring(propertyId: string, today: string, withinDays: number, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(SkillEntity, {
      where: { propertyId, expiresOn: LessThanOrEqual(addDays(today, withinDays)) },
      order: { expiresOn: 'ASC' },
      take: 500,
    });
  }
}
