import { In, type EntityManager } from 'typeorm';
import { DomainError, lockForChange, type Caller, type ServiceDeps } from '@hotelops/kernel';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { AttendanceRecordEntity } from '../attendance/attendance.entity';
import { localMinutesAt } from '../calendar/local-time.rules';
import { RosterEntity } from '../roster/roster.entity';
import { RosterShiftEntity } from '../roster/roster-shift.entity';

const EMPLOYEE = { entity: EmployeeEntity, notFound: 'EMPLOYEE.NOT_FOUND' as const, noun: 'Employee' };

/** A duty shift on now, and whether its holder has clocked in. */
export interface OnDuty {
  shift: RosterShiftEntity;
  clockedInAt: Date | null;
}

/**
 * Reporting lines and who is on duty. A person's supervisor is the one HR named, else the
 * longest-serving active holder of the position their position reports to (岗位汇报关系).
 */
export class OrgService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly policies: StaffingPolicyService,
  ) {}

  async supervisorOf(e: EmployeeEntity): Promise<EmployeeEntity | null> {
    const em = this.deps.db.manager;
    if (e.supervisorId) return em.findOneBy(EmployeeEntity, { id: e.supervisorId });
    const position = await em.findOneBy(PositionEntity, { id: e.positionId });
    if (!position?.reportsToId) return null;
    return em.findOne(EmployeeEntity, {
      where: { positionId: position.reportsToId, status: 'ACTIVE' },
      order: { hiredOn: 'ASC', employeeNumber: 'ASC' },
    });
  }

  /** Named reports, and those of the positions reporting to mine when I am who they fall back to. */
  async directReportsOf(e: EmployeeEntity): Promise<EmployeeEntity[]> {
    const em = this.deps.db.manager;
    const named = await em.findBy(EmployeeEntity, { supervisorId: e.id, status: 'ACTIVE' });
    const reporting = await em.findBy(PositionEntity, { reportsToId: e.positionId });
    const implied = reporting.length
      ? await em.findBy(EmployeeEntity, { positionId: In(reporting.map((p) => p.id)), status: 'ACTIVE' })
      : [];
    const first = await this.supervisorOfPosition(em, e.positionId);
    const fallBack = first?.id === e.id ? implied.filter((x) => x.supervisorId === null) : [];
    return [...named, ...fallBack].sort((a, b) => a.employeeNumber.localeCompare(b.employeeNumber));
  }

  private supervisorOfPosition(em: EntityManager, positionId: string) {
    return em.findOne(EmployeeEntity, { where: { positionId, status: 'ACTIVE' }, order: { hiredOn: 'ASC', employeeNumber: 'ASC' } });
  }

  /** HR names a person's supervisor (or clears it to fall back to the position's line). */
  setSupervisor(employeeId: string, supervisorId: string | null, caller: Caller): Promise<EmployeeEntity> {
    return this.deps.db.transaction(async (em) => {
      const e = await lockForChange(em, this.deps.db, EMPLOYEE, employeeId, caller);
      if (supervisorId) {
        const s = await em.findOneBy(EmployeeEntity, { id: supervisorId });
        const problem =
          !s || s.propertyId !== e.propertyId
            ? 'the supervisor must be an employee of the same property'
            : s.status !== 'ACTIVE'
              ? 'the supervisor has left'
              : s.id === e.id
                ? 'nobody supervises themself'
                : await this.cycle(em, s, e.id);
        if (problem) throw new DomainError('EMPLOYEE.SUPERVISOR_INVALID', problem, { supervisorId });
      }
      e.supervisorId = supervisorId;
      e.updatedAt = this.deps.clock.now();
      return em.save(e);
    });
  }

  private async cycle(em: EntityManager, from: EmployeeEntity, target: string): Promise<string | null> {
    let cur: EmployeeEntity | null = from;
    for (let hops = 0; cur?.supervisorId && hops < 50; hops++) {
      if (cur.supervisorId === target) return 'that would make a reporting loop';
      cur = await em.findOneBy(EmployeeEntity, { id: cur.supervisorId });
    }
    return null;
  }

  /** The duty shifts of a department's published roster on a date. */
  dutyShifts(departmentId: string, date: string): Promise<RosterShiftEntity[]> {
    return this.deps.db.manager
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId')
      .where('s.departmentId = :departmentId AND s.date = :date', { departmentId, date })
      .andWhere('r.status = :published AND s.duty = :duty', { published: 'PUBLISHED', duty: true })
      .orderBy('s.startMin', 'ASC')
      .getMany();
  }

  /**
   * Duty shifts of published rosters running now in the property (optionally one department),
   * with whether their holder is clocked in — clocked-in first.
   */
  async onDutyNow(propertyId: string, departmentId?: string, em: EntityManager = this.deps.db.manager): Promise<OnDuty[]> {
    const policy = await this.policies.of(em, propertyId);
    const now = localMinutesAt(this.deps.clock.now(), policy.timeZone);
    const qb = em
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId')
      .where('s.propertyId = :propertyId', { propertyId })
      .andWhere('r.status = :published', { published: 'PUBLISHED' })
      .andWhere('s.duty = :duty', { duty: true })
      .andWhere('s.startMin <= :now AND s.endMin > :now', { now });
    if (departmentId) qb.andWhere('s.departmentId = :departmentId', { departmentId });
    const shifts = await qb.orderBy('s.startMin', 'ASC').getMany();
    if (!shifts.length) return [];
    const records = await em.findBy(AttendanceRecordEntity, { shiftId: In(shifts.map((s) => s.id)) });
    const clocked = new Map(records.filter((r) => !r.clockOutAt).map((r) => [r.shiftId, r.clockInAt]));
    return shifts
      .map((shift) => ({ shift, clockedInAt: clocked.get(shift.id) ?? null }))
      .sort((a, b) => Number(!!b.clockedInAt) - Number(!!a.clockedInAt));
  }
}
