import { randomUUID } from 'node:crypto';
import { In, LessThanOrEqual, MoreThanOrEqual, type EntityManager } from 'typeorm';
import {
  DomainError,
  isUniqueViolation,
  lockForChange,
  notFound,
  transitionAggregate,
  type Caller,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { EmployeeEntity } from '../employee/employee.entity';
import { datesOfMonth, monthProblem } from '../calendar/local-time.rules';
import { LeaveRequestEntity, LeaveTypeEntity } from './leave.entity';
import {
  HOLDS_BALANCE,
  LEAVE_MACHINE,
  accruedDays,
  balanceProblem,
  leaveDays,
  rangeProblem,
  type LeaveAction,
  type LeaveStatus,
} from './leave.rules';
import type { CreateLeaveTypeInput, RequestLeaveInput } from './leave.type';

const LEAVE: StatefulKind<LeaveRequestEntity, LeaveStatus, LeaveAction> = {
  entity: LeaveRequestEntity,
  notFound: 'LEAVE.NOT_FOUND',
  noun: 'Leave request',
  machine: LEAVE_MACHINE,
  invalidTransition: 'LEAVE.INVALID_TRANSITION',
};
const EMPLOYEE = { entity: EmployeeEntity, notFound: 'EMPLOYEE.NOT_FOUND' as const, noun: 'Employee' };

export interface LeaveBalance {
  leaveType: LeaveTypeEntity;
  year: number;
  accrued: number | null;
  taken: number;
  requested: number;
  remaining: number | null;
}

/** Leave types, requests within the balance, decisions by the supervisor, the department calendar. */
export class LeaveService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
  ) {}

  async createType(input: CreateLeaveTypeInput, caller: Caller): Promise<LeaveTypeEntity> {
    caller.assertProperty(input.propertyId);
    const taken = () => new DomainError('LEAVE_TYPE.CODE_TAKEN', `Leave type ${input.code} already exists`, { code: input.code });
    try {
      return await this.deps.db.transaction(async (em) => {
        if (await em.existsBy(LeaveTypeEntity, { propertyId: input.propertyId, code: input.code })) throw taken();
        return em.save(
          em.create(LeaveTypeEntity, {
            id: randomUUID(),
            propertyId: input.propertyId,
            code: input.code,
            name: input.name.trim(),
            annualDays: input.annualDays ?? null,
            paid: input.paid ?? true,
            createdAt: this.deps.clock.now(),
          }),
        );
      });
    } catch (err) {
      throw isUniqueViolation(err) ? taken() : err;
    }
  }

  types(propertyId: string, caller: Caller) {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(LeaveTypeEntity, { where: { propertyId }, order: { code: 'ASC' } });
  }

  /**
   * Asks for leave: within one year, not overlapping another request, within the balance accrued
   * by the start. Requests of one person are taken one at a time (the employee row is locked).
   */
  request(input: RequestLeaveInput, caller: Caller): Promise<LeaveRequestEntity> {
    const problem =
      rangeProblem(input.fromDate, input.toDate) ??
      (input.fromDate.slice(0, 4) !== input.toDate.slice(0, 4) ? 'a request stays within one year: split it at 31 December' : null);
    if (problem) throw new DomainError('LEAVE.INVALID_RANGE', problem, { field: 'toDate' });
    return this.deps.db.transaction(async (em) => {
      const employeeId = input.employeeId ?? caller.employeeId;
      if (!employeeId) throw new DomainError('EMPLOYEE.NOT_AN_EMPLOYEE', 'Name the employee the leave is for', { field: 'employeeId' });
      const { departmentId } =
        employeeId === caller.employeeId
          ? await this.access.employee(em, caller, employeeId)
          : await this.access.assertMaySee(em, caller, employeeId);
      const employee = await lockForChange(em, this.deps.db, EMPLOYEE, employeeId, caller);
      const type = await em.findOneBy(LeaveTypeEntity, { id: input.leaveTypeId, propertyId: employee.propertyId });
      if (!type) throw notFound('LEAVE_TYPE.NOT_FOUND', 'Leave type', input.leaveTypeId);
      const overlapping = await em.findOneBy(LeaveRequestEntity, {
        employeeId,
        status: In([...HOLDS_BALANCE]),
        fromDate: LessThanOrEqual(input.toDate),
        toDate: MoreThanOrEqual(input.fromDate),
      });
      if (overlapping) {
        throw new DomainError(
          'LEAVE.OVERLAPS',
          `Overlaps the leave ${overlapping.fromDate}–${overlapping.toDate} (${overlapping.status.toLowerCase()})`,
          {
            leaveRequestId: overlapping.id,
          },
        );
      }
      const days = leaveDays(input.fromDate, input.toDate);
      const balance = await this.balanceOf(em, employee, type, Number(input.fromDate.slice(0, 4)), input.fromDate);
      const over = balanceProblem(days, balance.accrued, balance.taken + balance.requested, type.name);
      if (over) throw new DomainError('LEAVE.BALANCE_EXCEEDED', over, { remaining: balance.remaining, requested: days });
      const now = this.deps.clock.now();
      return em.save(
        em.create(LeaveRequestEntity, {
          id: randomUUID(),
          propertyId: employee.propertyId,
          employeeId,
          departmentId,
          leaveTypeId: type.id,
          fromDate: input.fromDate,
          toDate: input.toDate,
          days,
          reason: input.reason?.trim() || null,
          status: 'REQUESTED',
          decidedBy: null,
          decidedAt: null,
          note: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
    });
  }

  /** The supervisor, a leader of the department or HR approves or rejects. Approved leave blocks rostering. */
  decide(id: string, approve: boolean, note: string | undefined, caller: Caller): Promise<LeaveRequestEntity> {
    return transitionAggregate(this.deps, LEAVE, id, approve ? 'approve' : 'reject', caller, async (em, r, change) => {
      await this.access.assertMayDecideFor(em, caller, r.employeeId);
      r.decidedBy = caller.employeeId ?? null;
      r.decidedAt = change.at;
      r.note = note?.trim() || null;
    });
  }

  cancel(id: string, caller: Caller): Promise<LeaveRequestEntity> {
    return transitionAggregate(this.deps, LEAVE, id, 'cancel', caller, async (em, r) => {
      if (r.employeeId !== caller.employeeId) await this.access.assertMayDecideFor(em, caller, r.employeeId);
    });
  }

  async balances(employeeId: string, year: number, caller: Caller): Promise<LeaveBalance[]> {
    const em = this.deps.db.manager;
    const { employee } = await this.access.assertMaySee(em, caller, employeeId);
    const types = await em.find(LeaveTypeEntity, { where: { propertyId: employee.propertyId }, order: { code: 'ASC' } });
    const asOf = `${year}-12-31`;
    const out: LeaveBalance[] = [];
    for (const t of types) out.push(await this.balanceOf(em, employee, t, year, asOf));
    return out;
  }

  /** Days accrued by `asOf`, and days of the year taken (approved) or asked for. */
  private async balanceOf(em: EntityManager, e: EmployeeEntity, t: LeaveTypeEntity, year: number, asOf: string): Promise<LeaveBalance> {
    const rows = await em.findBy(LeaveRequestEntity, {
      employeeId: e.id,
      leaveTypeId: t.id,
      status: In([...HOLDS_BALANCE]),
      fromDate: MoreThanOrEqual(`${year}-01-01`),
      toDate: LessThanOrEqual(`${year}-12-31`),
    });
    const taken = rows.filter((r) => r.status === 'APPROVED').reduce((n, r) => n + r.days, 0);
    const requested = rows.filter((r) => r.status === 'REQUESTED').reduce((n, r) => n + r.days, 0);
    const accrued = accruedDays(t.annualDays, e.hiredOn, asOf);
    return { leaveType: t, year, accrued, taken, requested, remaining: accrued === null ? null : accrued - taken - requested };
  }

  /** Requests of a person (self, supervisor, leaders, HR). */
  async ofEmployee(employeeId: string, caller: Caller) {
    const em = this.deps.db.manager;
    await this.access.assertMaySee(em, caller, employeeId);
    return em.find(LeaveRequestEntity, { where: { employeeId }, order: { fromDate: 'DESC' }, take: 200 });
  }

  /** The department's leave overlapping a month (asked and approved): its leaders and HR see all, others their own. */
  async calendar(departmentId: string, month: string, caller: Caller) {
    const problem = monthProblem(month);
    if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'month' });
    const days = datesOfMonth(month);
    const em = this.deps.db.manager;
    const leads = await this.access.leads(em, caller, departmentId);
    const rows = await em.find(LeaveRequestEntity, {
      where: {
        departmentId,
        status: In([...HOLDS_BALANCE]),
        fromDate: LessThanOrEqual(days.at(-1)!),
        toDate: MoreThanOrEqual(days[0]),
        ...(leads ? {} : { employeeId: caller.employeeId ?? '-' }),
      },
      order: { fromDate: 'ASC' },
      take: 500,
    });
    rows.forEach((r) => caller.assertProperty(r.propertyId));
    return rows;
  }
}
