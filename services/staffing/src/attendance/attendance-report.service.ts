import { In, type EntityManager } from 'typeorm';
import { DomainError, notFound, type Caller, type ServiceDeps } from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { DepartmentEntity } from '../department/department.entity';
import type { StaffingPolicyService } from '../policy/staffing-policy.service';
import { datesOfMonth, localMinutesAt, monthProblem } from '../calendar/local-time.rules';
import { RosterShiftEntity } from '../roster/roster-shift.entity';
import { RosterEntity } from '../roster/roster.entity';
import { AttendanceRecordEntity } from './attendance.entity';
import { classifyAttendance, summarize, type Classification, type MonthlySummary } from './attendance.rules';

export interface ShiftAttendance extends Classification {
  shift: RosterShiftEntity;
  record: AttendanceRecordEntity | null;
  scheduledMinutes: number;
}

/** Attendance read against the published roster: a department's day, a person's month (考勤汇总). */
export class AttendanceReportService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
    private readonly policies: StaffingPolicyService,
  ) {}

  async classify(em: EntityManager, propertyId: string, shifts: RosterShiftEntity[]): Promise<ShiftAttendance[]> {
    if (!shifts.length) return [];
    const policy = await this.policies.of(em, propertyId);
    const nowMin = localMinutesAt(this.deps.clock.now(), policy.timeZone);
    const records = new Map((await em.findBy(AttendanceRecordEntity, { shiftId: In(shifts.map((s) => s.id)) })).map((r) => [r.shiftId, r]));
    return shifts.map((shift) => {
      const record = records.get(shift.id) ?? null;
      const clock = {
        inMin: record ? localMinutesAt(record.clockInAt, policy.timeZone) : null,
        outMin: record?.clockOutAt ? localMinutesAt(record.clockOutAt, policy.timeZone) : null,
      };
      return {
        shift,
        record,
        scheduledMinutes: shift.endMin - shift.startMin - shift.breakMinutes,
        ...classifyAttendance(shift, clock, policy, nowMin),
      };
    });
  }

  /** A department's published shifts of a day with their attendance: its leaders and HR. */
  async day(departmentId: string, date: string, caller: Caller): Promise<ShiftAttendance[]> {
    const em = this.deps.db.manager;
    const department = await em.findOneBy(DepartmentEntity, { id: departmentId });
    if (!department) throw notFound('DEPARTMENT.NOT_FOUND', 'Department', departmentId);
    await this.access.assertLeads(em, caller, departmentId, department.propertyId);
    const shifts = await this.published(em).where('s.departmentId = :departmentId AND s.date = :date', { departmentId, date }).getMany();
    return this.classify(em, department.propertyId, shifts);
  }

  /** One person's month: self, their supervisor, their department's leaders, HR. */
  async month(
    employeeId: string,
    month: string,
    caller: Caller,
  ): Promise<MonthlySummary & { employeeId: string; month: string; days: ShiftAttendance[] }> {
    const problem = monthProblem(month);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'month' });
    const em = this.deps.db.manager;
    const { employee } = await this.access.assertMaySee(em, caller, employeeId);
    const shifts = await this.published(em)
      .where('s.employeeId = :employeeId AND s.date >= :first AND s.date <= :last', {
        employeeId,
        first: `${month}-01`,
        last: datesOfMonth(month).at(-1),
      })
      .getMany();
    const days = await this.classify(em, employee.propertyId, shifts);
    return { employeeId, month, days, ...summarize(days) };
  }

  private published(em: EntityManager) {
    return em
      .createQueryBuilder(RosterShiftEntity, 's')
      .innerJoin(RosterEntity, 'r', 'r.id = s.rosterId AND r.status = :published', { published: 'PUBLISHED' })
      .orderBy('s.startMin', 'ASC');
  }
}
