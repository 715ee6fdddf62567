import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { RosterPublished } from '@hotelops/contracts';
import {
  DomainError,
  isUniqueViolation,
  lockForChange,
  notFound,
  stateMachine,
  transitionAggregate,
  type Caller,
  type EventMeta,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { DepartmentEntity } from '../department/department.entity';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { datesOfMonth, dayStart, monthProblem, shiftSpan } from '../calendar/local-time.rules';
import { approvedLeave, planned, qualifications, shiftsAround } from './roster-context';
import { RosterShiftEntity } from './roster-shift.entity';
import { RosterEntity } from './roster.entity';
import { ROSTER_STATUSES, assignmentViolations, validateRoster, type RosterStatus, type Violation } from './roster.rules';
import { ShiftTemplateEntity } from './shift-template.entity';

const ROSTER_MACHINE = stateMachine<RosterStatus, 'publish'>('roster', ROSTER_STATUSES, {
  publish: { from: ['DRAFT'], to: 'PUBLISHED' },
});
export const ROSTER: StatefulKind<RosterEntity, RosterStatus, 'publish'> = {
  entity: RosterEntity,
  notFound: 'ROSTER.NOT_FOUND',
  noun: 'Roster',
  machine: ROSTER_MACHINE,
  invalidTransition: 'ROSTER.ALREADY_PUBLISHED',
};
const WEEK = 7 * 1440;

/** The first violation as the error, all of them in the details. */
export function violationError(violations: Violation[]): DomainError {
  return new DomainError(violations[0].code, violations[0].message, { violations });
}

export class RosterService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
    private readonly policies: StaffingPolicyService,
  ) {}

  async create(departmentId: string, month: string, caller: Caller): Promise<RosterEntity> {
    const problem = monthProblem(month);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'month' });
    const exists = () => new DomainError('ROSTER.EXISTS', `The department already has a roster for ${month}`, { month });
    try {
      return await this.deps.db.transaction(async (em) => {
        const department = await em.findOneBy(DepartmentEntity, { id: departmentId });
        if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
        await this.access.assertLeads(em, caller, departmentId, department.propertyId);
        if (await em.existsBy(RosterEntity, { departmentId, month })) throw exists();
        const now = this.deps.clock.now();
        return em.save(
          em.create(RosterEntity, {
            id: randomUUID(),
            propertyId: department.propertyId,
            departmentId,
            month,
            status: 'DRAFT',
            version: 1,
            publishedAt: null,
            publishedBy: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
      });
    } catch (err) {
      throw isUniqueViolation(err) ? exists() : err;
    }
  }

  /**
   * Puts a person on a shift of a draft roster, after the rules: their position and skills, their
   * approved leave, overlap, rest and weekly hours against their other shifts. Refused with the
   * first violation's code; nothing is written.
   */
  assign(input: { rosterId: string; employeeId: string; templateId: string; date: string }, caller: Caller): Promise<RosterShiftEntity> {
    return this.deps.db.transaction(async (em) => {
      const roster = await this.lockDraft(em, input.rosterId, caller);
      if (!input.date.startsWith(roster.month)) {
        throw new DomainError('ROSTER.DATE_OUTSIDE_MONTH', `${input.date} is not in the roster's month ${roster.month}`, { field: 'date' });
      }
      const template = await em.findOneBy(ShiftTemplateEntity, { id: input.templateId });
      if (!template || template.departmentId !== roster.departmentId)
        throw notFound('SHIFT_TEMPLATE.NOT_FOUND', 'Shift template', input.templateId);
      await this.assertInDepartment(em, input.employeeId, roster);
      const shift = this.shiftFrom(roster, template, input.employeeId, input.date);
      const violations = await this.violationsFor(em, shift, roster.propertyId);
      if (violations.length) throw violationError(violations);
      return em.save(shift);
    });
  }

  /** What putting `shift` (not yet saved, or moved to a new person) on its person would break. */
  async violationsFor(
    em: EntityManager,
    shift: RosterShiftEntity,
    propertyId: string,
    ignore: readonly string[] = [],
  ): Promise<Violation[]> {
    const policy = await this.policies.of(em, propertyId);
    const others = (await shiftsAround(em, [shift.employeeId], shift.startMin - WEEK, shift.startMin + WEEK)).filter(
      (s) => s.id !== shift.id && !ignore.includes(s.id),
    );
    const people = await qualifications(em, [shift.employeeId]);
    const leave = await approvedLeave(em, [shift.employeeId], shift.date, shift.date);
    return assignmentViolations({
      candidate: planned(shift),
      others: others.map(planned),
      person: people.get(shift.employeeId),
      leaveDates: leave.get(shift.employeeId) ?? new Set(),
      policy,
    });
  }

  async removeShift(shiftId: string, caller: Caller): Promise<boolean> {
    return this.deps.db.transaction(async (em) => {
      const shift = await em.findOneBy(RosterShiftEntity, { id: shiftId });
      if (!shift) throw notFound('ROSTER.SHIFT_NOT_FOUND', 'Shift', shiftId);
      await this.lockDraft(em, shift.rosterId, caller);
      await em.delete(RosterShiftEntity, { id: shiftId });
      return true;
    });
  }

  /** Every violation of a roster (with the shifts of the neighbouring weeks counted for rest and hours). */
  async validate(rosterId: string, caller: Caller, em: EntityManager = this.deps.db.manager): Promise<Violation[]> {
    const roster = await this.get(rosterId, caller, em);
    await this.access.assertLeads(em, caller, roster.departmentId, roster.propertyId);
    const shifts = await em.findBy(RosterShiftEntity, { rosterId });
    if (!shifts.length) return [];
    const ids = shifts.map((s) => s.employeeId);
    const days = datesOfMonth(roster.month);
    const first = dayStart(days[0]);
    const last = dayStart(days.at(-1)!) + 1440;
    const context = await shiftsAround(em, ids, first - WEEK, last + WEEK, rosterId);
    return validateRoster({
      shifts: shifts.map(planned),
      context: context.map(planned),
      people: await qualifications(em, ids),
      leave: await approvedLeave(em, ids, days[0], days.at(-1)!),
      policy: await this.policies.of(em, roster.propertyId),
    });
  }

  /** Publishes a roster without violations; announces RosterPublished. */
  publish(rosterId: string, caller: Caller, meta: EventMeta): Promise<RosterEntity> {
    return transitionAggregate(this.deps, ROSTER, rosterId, 'publish', caller, async (em, roster, change) => {
      await this.access.assertLeads(em, caller, roster.departmentId, roster.propertyId);
      const violations = await this.validate(rosterId, caller, em);
      if (violations.length) {
        throw new DomainError('ROSTER.HAS_VIOLATIONS', `The roster has ${violations.length} violation(s): ${violations[0].message}`, {
          violations,
        });
      }
      const shifts = await em.countBy(RosterShiftEntity, { rosterId });
      roster.publishedAt = change.at;
      roster.publishedBy = caller.employeeId ?? null;
      await this.deps.outbox.add(
        em,
        RosterPublished,
        {
          rosterId,
          propertyId: roster.propertyId,
          departmentId: roster.departmentId,
          month: roster.month,
          shifts,
          publishedBy: roster.publishedBy,
          publishedAt: change.at.toISOString(),
        },
        { subject: rosterId, propertyId: roster.propertyId },
        meta,
      );
    });
  }

  async get(id: string, caller: Caller, em: EntityManager = this.deps.db.manager): Promise<RosterEntity> {
    const roster = await em.findOneBy(RosterEntity, { id });
    if (!roster) throw notFound('ROSTER.NOT_FOUND', 'Roster', id);
    caller.assertProperty(roster.propertyId);
    return roster;
  }

  /** A department's roster of a month: its leaders and HR see drafts, everyone else the published one. */
  async ofMonth(departmentId: string, month: string, caller: Caller): Promise<RosterEntity | null> {
    const problem = monthProblem(month);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'month' });
    const em = this.deps.db.manager;
    const department = await em.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
    caller.assertProperty(department.propertyId);
    const roster = await em.findOneBy(RosterEntity, { departmentId, month });
    if (!roster || roster.status === 'PUBLISHED') return roster;
    return (await this.access.leads(em, caller, departmentId)) ? roster : null;
  }

  /** Shifts of a roster; a member of staff who does not lead the department sees only their own. */
  async shiftsOf(roster: RosterEntity, caller: Caller): Promise<RosterShiftEntity[]> {
    const em = this.deps.db.manager;
    const all = await this.access.leads(em, caller, roster.departmentId);
    return em.find(RosterShiftEntity, {
      where: all ? { rosterId: roster.id } : { rosterId: roster.id, employeeId: caller.employeeId ?? '-' },
      order: { startMin: 'ASC' },
    });
  }

  /** The caller's own shifts of published rosters in [from, to]. */
  async myShifts(from: string, to: string, caller: Caller): Promise<RosterShiftEntity[]> {
    const em = this.deps.db.manager;
    const me = await this.access.me(em, caller);
    return em
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId')
      .where('s.employeeId = :id', { id: me.employee.id })
      .andWhere('r.status = :published', { published: 'PUBLISHED' })
      .andWhere('s.date >= :from AND s.date <= :to', { from, to })
      .orderBy('s.startMin', 'ASC')
      .take(200)
      .getMany();
  }

  shiftFrom(roster: RosterEntity, template: ShiftTemplateEntity, employeeId: string, date: string): RosterShiftEntity {
    const { startMin, endMin } = shiftSpan(date, template.startsAt, template.endsAt);
    return Object.assign(new RosterShiftEntity(), {
      id: randomUUID(),
      propertyId: roster.propertyId,
      rosterId: roster.id,
      departmentId: roster.departmentId,
      employeeId,
      templateId: template.id,
      date,
      startMin,
      endMin,
      breakMinutes: template.breakMinutes,
      positionId: template.positionId,
      requiredSkills: template.requiredSkills,
      duty: template.duty,
      createdAt: this.deps.clock.now(),
    });
  }

  private async lockDraft(em: EntityManager, rosterId: string, caller: Caller): Promise<RosterEntity> {
    const roster = await lockForChange(em, this.deps.db, ROSTER, rosterId, caller);
    await this.access.assertLeads(em, caller, roster.departmentId, roster.propertyId);
    if (roster.status !== 'DRAFT') {
      throw new DomainError(
        'ROSTER.ALREADY_PUBLISHED',
        `The ${roster.month} roster is published: change it with amendRoster, swaps or cover requests`,
        {
          status: roster.status,
        },
      );
    }
    return roster;
  }

  async assertInDepartment(em: EntityManager, employeeId: string, roster: RosterEntity): Promise<void> {
    const e = await em.findOneBy(EmployeeEntity, { id: employeeId });
    if (!e || e.propertyId !== roster.propertyId) throw notFound('EMPLOYEE.NOT_FOUND', 'Employee', employeeId);
    const position = await em.findOneByOrFail(PositionEntity, { id: e.positionId });
    if (position.departmentId !== roster.departmentId) {
      throw new DomainError('ROSTER.OTHER_DEPARTMENT', 'The employee works in another department', { employeeId });
    }
  }
}
