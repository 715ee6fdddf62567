import { randomUUID } from 'node:crypto';
import { EmployeeHired, EmployeeTerminated } from '@hotelops/contracts';
import {
  DomainError,
  notFound,
  paginate,
  transitionAggregate,
  type Caller,
  type EventMeta,
  type PageArgs,
  type ServiceDeps,
  type StatefulKind,
  isUniqueViolation,
} from '@hotelops/kernel';
import { PositionEntity } from '../position/position.entity';
import type { PositionService } from '../position/position.service';
import { EmployeeEntity } from './employee.entity';
import {
  EMPLOYEE_MACHINE,
  displayName,
  notActive,
  terminationDateProblem,
  type EmployeeAction,
  type EmployeeStatus,
} from './employee.rules';
import type { HireEmployeeInput } from './employee.type';

export const MAX_TERMINATION_REASON = 500;

const EMPLOYEE: StatefulKind<EmployeeEntity, EmployeeStatus, EmployeeAction> = {
  entity: EmployeeEntity,
  notFound: 'EMPLOYEE.NOT_FOUND',
  noun: 'Employee',
  machine: EMPLOYEE_MACHINE,
  invalidTransition: 'EMPLOYEE.ALREADY_TERMINATED',
  // HR knows staff by number and name, and wants to know since when someone has been gone. The
  // row lock makes a transfer racing a termination wait, then find the leaver.
  refused: (e, { action }) =>
    new DomainError(
      'EMPLOYEE.ALREADY_TERMINATED',
      `Employee ${e.employeeNumber} (${displayName(e.firstName, e.lastName)}): ${notActive(e, action)}`,
      { status: e.status, terminatedOn: e.terminatedOn },
    ),
};

export class EmployeeService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly positions: PositionService,
  ) {}

  async hire(input: HireEmployeeInput, caller: Caller, meta: EventMeta): Promise<EmployeeEntity> {
    caller.assertProperty(input.propertyId);
    const taken = () =>
      new DomainError('EMPLOYEE.NUMBER_TAKEN', `Employee number ${input.employeeNumber} is already used in this property`, {
        field: 'employeeNumber',
        employeeNumber: input.employeeNumber,
      });
    try {
      return await this.deps.db.transaction(async (em) => {
        const position = await this.positions.inProperty(em, input.positionId, input.propertyId);
        if (await em.existsBy(EmployeeEntity, { propertyId: input.propertyId, employeeNumber: input.employeeNumber })) throw taken();
        const now = this.deps.clock.now();
        const e = await em.save(
          em.create(EmployeeEntity, {
            id: randomUUID(),
            propertyId: input.propertyId,
            positionId: position.id,
            employeeNumber: input.employeeNumber,
            firstName: input.firstName.trim(),
            lastName: input.lastName.trim(),
            email: input.email ?? null,
            phone: input.phone ?? null,
            status: 'ACTIVE',
            hiredOn: input.hiredOn,
            terminatedOn: null,
            terminationReason: null,
            supervisorId: null,
            createdAt: now,
            updatedAt: now,
          }),
        );
        await this.deps.outbox.add(
          em,
          EmployeeHired,
          {
            employeeId: e.id,
            propertyId: e.propertyId,
            departmentId: position.departmentId,
            positionCode: position.code,
            hiredOn: e.hiredOn,
          },
          target(e),
          meta,
        );
        return e;
      });
    } catch (err) {
      throw isUniqueViolation(err) ? taken() : err;
    }
  }

  /** Moves an active employee to another position of the same property (their roles follow the position). */
  transfer(id: string, positionId: string, caller: Caller): Promise<EmployeeEntity> {
    return transitionAggregate(this.deps, EMPLOYEE, id, 'transfer', caller, async (em, e) => {
      const position = await this.positions.inProperty(em, positionId, e.propertyId);
      e.positionId = position.id;
    });
  }

  /** Ends employment; other domains hand the employee's open work back and revoke access on the event. */
  terminate(id: string, terminatedOn: string, reason: string | undefined, caller: Caller, meta: EventMeta): Promise<EmployeeEntity> {
    const why = reason?.trim() || null;
    if (why && why.length > MAX_TERMINATION_REASON) {
      throw new DomainError('INPUT.INVALID', `reason must be at most ${MAX_TERMINATION_REASON} characters`, { field: 'reason' });
    }
    return transitionAggregate(this.deps, EMPLOYEE, id, 'terminate', caller, async (em, e) => {
      const problem = terminationDateProblem(e.hiredOn, terminatedOn);
      if (problem) throw new DomainError('INPUT.INVALID', problem, { field: 'terminatedOn' });
      e.terminatedOn = terminatedOn;
      e.terminationReason = why;
      await this.deps.outbox.add(
        em,
        EmployeeTerminated,
        { employeeId: e.id, propertyId: e.propertyId, terminatedOn, reason: why, terminatedAt: this.deps.clock.now().toISOString() },
        target(e),
        meta,
      );
    });
  }

  async get(id: string, caller: Caller): Promise<EmployeeEntity> {
    const e = await this.deps.db.manager.findOneBy(EmployeeEntity, { id });
    if (!e) throw notFound('EMPLOYEE.NOT_FOUND', 'Employee', id);
    caller.assertProperty(e.propertyId);
    return e;
  }

  /** Employees of a property ordered by employee number. */
  list(propertyId: string, caller: Caller, page: PageArgs, filter: { departmentId?: string; status?: EmployeeStatus }) {
    caller.assertProperty(propertyId);
    const qb = this.deps.db.manager.createQueryBuilder(EmployeeEntity, 'e').where('e.propertyId = :propertyId', { propertyId });
    if (filter.status) qb.andWhere('e.status = :status', { status: filter.status });
    if (filter.departmentId) {
      qb.andWhere((sub) => {
        const inDepartment = sub
          .subQuery()
          .select('p.id')
          .from(PositionEntity, 'p')
          .where('p.departmentId = :departmentId', { departmentId: filter.departmentId })
          .getQuery();
        return `e.positionId IN ${inDepartment}`;
      });
    }
    return paginate(qb, page, { sortProperty: 'employeeNumber' });
  }

  /**
   * Employees terminated (status changed) after `since`, oldest first: the gateway polls this to
   * refuse a leaver's token at once instead of when it expires.
   */
  terminatedSince(since: Date | undefined, limit = 5000): Promise<EmployeeEntity[]> {
    const qb = this.deps.db.manager.createQueryBuilder(EmployeeEntity, 'e').where('e.status = :status', { status: 'TERMINATED' });
    if (since) qb.andWhere('e.updatedAt > :since', { since: since.toISOString() });
    return qb.orderBy('e.updatedAt', 'ASC').take(limit).getMany();
  }

  byIds(ids: readonly string[]) {
    return this.deps.db.rows(EmployeeEntity).byIds(ids);
  }
}

const target = (e: EmployeeEntity) => ({ subject: e.id, propertyId: e.propertyId });
