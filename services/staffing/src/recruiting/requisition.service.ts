import { randomUUID } from 'node:crypto';
import {
  DomainError,
  notFound,
  transitionAggregate,
  transitionWithin,
  type Caller,
  type ServiceDeps,
  type StatefulKind,
} from '@hotelops/kernel';
import type { StaffAccess } from '../access/staff-access.service';
import { EmployeeEntity } from '../employee/employee.entity';
import { PositionEntity } from '../position/position.entity';
import { RequisitionEntity } from './requisition.entity';
import { REQUISITION_MACHINE, fillAction, type RequisitionAction, type RequisitionStatus } from './requisition.rules';

const REQUISITION: StatefulKind<RequisitionEntity, RequisitionStatus, RequisitionAction> = {
  entity: RequisitionEntity,
  notFound: 'HIRING_REQUISITION.NOT_FOUND',
  noun: 'Requisition',
  machine: REQUISITION_MACHINE,
  invalidTransition: 'HIRING_REQUISITION.INVALID_TRANSITION',
};

/** Recruiting requisitions: a department leader asks, HR approves, hires of the position fill it. */
export class RequisitionService {
  constructor(
    private readonly deps: ServiceDeps,
    private readonly access: StaffAccess,
  ) {}

  request(input: { positionId: string; headcount: number; reason: string; neededBy?: string }, caller: Caller): Promise<RequisitionEntity> {
    return this.deps.db.transaction(async (em) => {
      const position = await em.findOneBy(PositionEntity, { id: input.positionId });
      if (!position) throw notFound('POSITION.NOT_FOUND', 'Position', input.positionId);
      await this.access.assertLeads(em, caller, position.departmentId, position.propertyId);
      const now = this.deps.clock.now();
      return em.save(
        em.create(RequisitionEntity, {
          id: randomUUID(),
          propertyId: position.propertyId,
          departmentId: position.departmentId,
          positionId: position.id,
          headcount: input.headcount,
          hired: 0,
          hiredIds: [],
          reason: input.reason.trim(),
          neededBy: input.neededBy ?? null,
          status: 'REQUESTED',
          requestedBy: caller.employeeId ?? null,
          decidedBy: null,
          createdAt: now,
          updatedAt: now,
        }),
      );
    });
  }

  /** HR approves or rejects. */
  decide(id: string, approve: boolean, caller: Caller): Promise<RequisitionEntity> {
    return transitionAggregate(this.deps, REQUISITION, id, approve ? 'approve' : 'reject', caller, async (_em, r) => {
      r.decidedBy = caller.employeeId ?? null;
    });
  }

  cancel(id: string, caller: Caller): Promise<RequisitionEntity> {
    return transitionAggregate(this.deps, REQUISITION, id, 'cancel', caller, async (em, r) => {
      await this.access.assertLeads(em, caller, r.departmentId, r.propertyId);
    });
  }

  /** Counts a hire of the requisition's position against it; the last seat fills it. */
  fill(id: string, employeeId: string, caller: Caller): Promise<RequisitionEntity> {
    return this.deps.db.transaction(async (em) => {
      const r = await em.findOne(RequisitionEntity, { where: { id }, ...this.deps.db.forUpdate });
      if (!r) throw notFound('HIRING_REQUISITION.NOT_FOUND', 'Requisition', id);
      caller.assertProperty(r.propertyId);
      const e = await em.findOneBy(EmployeeEntity, { id: employeeId });
      if (!e || e.propertyId !== r.propertyId) throw notFound('EMPLOYEE.NOT_FOUND', 'Employee', employeeId);
      if (e.positionId !== r.positionId || r.hiredIds.includes(e.id)) {
        throw new DomainError('HIRING_REQUISITION.HIRE_MISMATCH', 'The hire must be a new holder of the requisition’s position', {
          employeeId,
        });
      }
      const action = fillAction(r.hired, r.headcount);
      return transitionWithin(em, this.deps, REQUISITION, id, action, caller, async (_em, row) => {
        row.hired += 1;
        row.hiredIds = [...row.hiredIds, e.id];
      });
    });
  }

  async list(propertyId: string, status: RequisitionStatus | undefined, caller: Caller): Promise<RequisitionEntity[]> {
    caller.assertProperty(propertyId);
    return this.deps.db.manager.find(RequisitionEntity, {
      where: status ? { propertyId, status } : { propertyId },
      order: { createdAt: 'DESC' },
      take: 200,
    });
  }
}
