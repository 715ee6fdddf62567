import { randomUUID } from 'node:crypto';
import { In } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { DepartmentEntity } from '../department/department.entity';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';
import { BriefingEntity, DutyCheckEntity, DutyChecklistEntity, GroomingCheckEntity, type BriefingKind } from './duty.entity';
import { checklistProgress, groomingPassed, slotProblem } from './duty.rules';

/** Time-slot duty checklists and their completion, briefings (晨会) and grooming checks (仪容仪表). */
export class DutyService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
  ) {}

  createChecklist(
    input: { positionId: string; startsAt: string; endsAt: string; title: string; items: string[] },
    caller: Caller,
  ): Promise<DutyChecklistEntity> {
    const problem =
      slotProblem(input.startsAt, input.endsAt) ?? (new Set(input.items).size !== input.items.length ? 'items must be distinct' : null);
    if (problem) throw new DomainError('DUTY.INVALID', problem, { field: 'items' });
    return this.deps.db.transaction(async (em) => {
      const position = await em.findOneBy(PositionEntity, { id: input.positionId });
      if (!position) throw notFound('POSITION.NOT_FOUND', 'Position', input.positionId);
      await this.access.assertLeads(em, caller, position.departmentId, position.propertyId);
      return em.save(
        em.create(DutyChecklistEntity, {
          id: randomUUID(),
          propertyId: position.propertyId,
          departmentId: position.departmentId,
          positionId: position.id,
          startsAt: input.startsAt,
          endsAt: input.endsAt,
          title: input.title.trim(),
          items: input.items.map((i) => i.trim()),
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  async checklistsOf(positionId: string, caller: Caller): Promise<DutyChecklistEntity[]> {
    const rows = await this.deps.db.manager.find(DutyChecklistEntity, { where: { positionId }, order: { startsAt: 'ASC' } });
    rows.forEach((r) => caller.assertProperty(r.propertyId));
    return rows;
  }

  /** The caller ticks what they did of a checklist of their position on a day (again = replaces). */
  recordCheck(input: { checklistId: string; date: string; done: string[]; notes?: string }, caller: Caller): Promise<DutyCheckEntity> {
    return this.deps.db.transaction(async (em) => {
      const checklist = await em.findOneBy(DutyChecklistEntity, { id: input.checklistId });
      if (!checklist) throw notFound('DUTY.CHECKLIST_NOT_FOUND', 'Duty checklist', input.checklistId);
      const me = await this.access.me(em, caller, checklist.propertyId);
      if (me.employee.positionId !== checklist.positionId) {
        throw new DomainError('DUTY.INVALID', 'The checklist is for another position', { checklistId: checklist.id });
      }
      const progress = checklistProgress(checklist.items, input.done);
      if (progress.unknown.length) {
        throw new DomainError('DUTY.UNKNOWN_ITEM', `Not on the checklist: ${progress.unknown.join(', ')}`, { items: progress.unknown });
      }
      const existing = await em.findOne(DutyCheckEntity, {
        where: { checklistId: checklist.id, employeeId: me.employee.id, date: input.date },
        ...this.deps.db.forUpdate,
      });
      const row =
        existing ??
        em.create(DutyCheckEntity, {
          id: randomUUID(),
          propertyId: checklist.propertyId,
          checklistId: checklist.id,
          employeeId: me.employee.id,
          date: input.date,
        });
      Object.assign(row, {
        done: progress.done,
        complete: progress.complete,
        notes: input.notes?.trim() || null,
        recordedAt: this.deps.clock.now(),
      });
      return em.save(row);
    });
  }

  /** Completions of a department's checklists on a day (its leaders and HR). */
  async checksOn(departmentId: string, date: string, caller: Caller): Promise<DutyCheckEntity[]> {
    const em = this.deps.db.manager;
    const department = await em.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
    await this.access.assertLeads(em, caller, departmentId, department.propertyId);
    const lists = await em.findBy(DutyChecklistEntity, { departmentId });
    if (!lists.length) return [];
    return em.find(DutyCheckEntity, { where: { checklistId: In(lists.map((l) => l.id)), date }, order: { recordedAt: 'ASC' } });
  }

  recordBriefing(
    input: { departmentId: string; date: string; kind: BriefingKind; attendeeIds: string[]; topics: string[]; notes?: string },
    caller: Caller,
  ): Promise<BriefingEntity> {
    return this.deps.db.transaction(async (em) => {
      const department = await em.findOneBy(DepartmentEntity, { id: input.departmentId });
      if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', input.departmentId);
      await this.access.assertLeads(em, caller, department.id, department.propertyId);
      const ids = [...new Set(input.attendeeIds)];
      const found = ids.length ? await em.countBy(EmployeeEntity, { id: In(ids), propertyId: department.propertyId }) : 0;
      if (found !== ids.length)
        throw new DomainError('BRIEFING.INVALID', 'Every attendee must be an employee of the property', { field: 'attendeeIds' });
      return em.save(
        em.create(BriefingEntity, {
          id: randomUUID(),
          propertyId: department.propertyId,
          departmentId: department.id,
          date: input.date,
          kind: input.kind,
          ledBy: caller.employeeId ?? null,
          attendeeIds: ids,
          topics: input.topics.map((t) => t.trim()),
          notes: input.notes?.trim() || null,
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  async briefings(departmentId: string, from: string, to: string, caller: Caller): Promise<BriefingEntity[]> {
    const rows = await this.deps.db.manager
      .createQueryBuilder(BriefingEntity, 'b')
      .where('b.departmentId = :departmentId AND b.date >= :from AND b.date <= :to', { departmentId, from, to })
      .orderBy('b.date', 'DESC')
      .take(200)
      .getMany();
    rows.forEach((r) => caller.assertProperty(r.propertyId));
    return rows;
  }

  /** A leader checks a person's grooming; any finding fails the check. */
  recordGrooming(
    input: { employeeId: string; date: string; findings: { item: string; note: string }[] },
    caller: Caller,
  ): Promise<GroomingCheckEntity> {
    return this.deps.db.transaction(async (em) => {
      const { employee, departmentId } = await this.access.employee(em, caller, input.employeeId);
      await this.access.assertLeads(em, caller, departmentId, employee.propertyId);
      return em.save(
        em.create(GroomingCheckEntity, {
          id: randomUUID(),
          propertyId: employee.propertyId,
          departmentId,
          employeeId: employee.id,
          checkedBy: caller.employeeId ?? null,
          date: input.date,
          passed: groomingPassed(input.findings),
          findings: input.findings.map((f) => ({ item: f.item, note: f.note.trim() })),
          createdAt: this.deps.clock.now(),
        }),
      );
    });
  }

  /** A person's grooming checks: self, their supervisor and department leaders, HR. */
  async groomingOf(employeeId: string, caller: Caller): Promise<GroomingCheckEntity[]> {
    const em = this.deps.db.manager;
    await this.access.assertMaySee(em, caller, employeeId);
    return em.find(GroomingCheckEntity, { where: { employeeId }, order: { date: 'DESC' }, take: 100 });
  }
}
